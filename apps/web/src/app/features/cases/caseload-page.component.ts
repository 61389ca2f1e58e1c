import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { distinctUntilChanged, map } from 'rxjs';

import type { CaseSummaryResponse } from '@haven/contracts';

import { canCreateCases } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { OrderKindLabelPipe } from '../../shared/labels/order-kind-label.pipe';
import { StageLabelPipe } from '../../shared/labels/stage-label.pipe';
import { CaseloadStore } from './caseload.store';
import { NewCaseDialogComponent } from './new-case-dialog.component';

/** `/cases?dialog=new-case` opens the dialog, so the form can be linked to. */
export const NEW_CASE_DIALOG = 'new-case';

@Component({
  selector: 'hv-caseload-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    CivilDatePipe,
    OrderKindLabelPipe,
    StageLabelPipe,
  ],
  providers: [CaseloadStore],
  templateUrl: './caseload-page.component.html',
  styleUrl: './caseload-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadPageComponent {
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(SessionStore);
  private dialogRef: MatDialogRef<NewCaseDialogComponent, CaseSummaryResponse> | null = null;

  protected readonly store = inject(CaseloadStore);
  protected readonly newCaseDialog = NEW_CASE_DIALOG;
  protected readonly columns = [
    'reference',
    'client',
    'respondent',
    'stage',
    'orderKind',
    'advocate',
    'openedOn',
  ];
  protected readonly heading = computed(() =>
    this.session.user()?.role === 'advocate' ? 'My cases' : 'Cases',
  );
  protected readonly canCreate = computed(() => {
    const user = this.session.user();
    return user !== null && canCreateCases(user.role);
  });
  protected readonly trackById = (_: number, item: CaseSummaryResponse): string => item.id;

  constructor() {
    this.store.loadFirst();
    this.route.queryParamMap
      .pipe(
        map((params) => params.get('dialog')),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((dialog) => {
        if (dialog === NEW_CASE_DIALOG && this.canCreate()) {
          this.openNewCase();
        }
      });
    // Leaving the page (sign-out, an ended session) must not leave the form open over the next one.
    inject(DestroyRef).onDestroy(() => this.dialogRef?.close());
  }

  private openNewCase(): void {
    if (this.dialogRef) {
      return;
    }
    this.dialogRef = this.dialog.open<NewCaseDialogComponent, void, CaseSummaryResponse>(
      NewCaseDialogComponent,
      { width: '560px', maxWidth: 'calc(100vw - 32px)' },
    );
    this.dialogRef.afterClosed().subscribe((created) => {
      this.dialogRef = null;
      if (created) {
        this.store.added(created);
      }
      if (this.route.snapshot.queryParamMap.get('dialog') === NEW_CASE_DIALOG) {
        void this.router.navigate([], {
          relativeTo: this.route,
          queryParams: { dialog: null },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        });
      }
    });
  }
}

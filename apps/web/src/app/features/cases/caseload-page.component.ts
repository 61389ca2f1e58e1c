import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';

import { CASE_STAGES, type CaseSort, type CaseSummaryResponse } from '@haven/contracts';

import { canCreateCases } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { CourtFieldComponent } from '../../core/courts/court-field.component';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { ORDER_KIND_OPTIONS, stageLabel } from '../../shared/labels/case-labels';
import { AdvocateNamesPipe, DeadlineKindLabelPipe } from '../../shared/labels/label.pipes';
import { OrderKindLabelPipe } from '../../shared/labels/order-kind-label.pipe';
import { StageLabelPipe } from '../../shared/labels/stage-label.pipe';
import {
  CASE_SORT_OPTIONS,
  SEARCH_MIN_LENGTH,
  filterOfParams,
  formValueOf,
  paramsOfForm,
} from './caseload-filter';
import { CaseloadStore } from './caseload.store';

/**
 * `/cases`: the caseload, filtered and sorted on the server and read page by page (keyset), so
 * it stays quick at thousands of cases. The filters live in the URL, so a view can be linked.
 */
@Component({
  selector: 'hv-caseload-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    CourtFieldComponent,
    DecimalPipe,
    AdvocateNamesPipe,
    CivilDatePipe,
    DeadlineKindLabelPipe,
    OrderKindLabelPipe,
    StageLabelPipe,
  ],
  providers: [CaseloadStore],
  templateUrl: './caseload-page.component.html',
  styleUrl: './caseload-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly store = inject(CaseloadStore);
  protected readonly columns = [
    'reference',
    'client',
    'respondent',
    'stage',
    'orderKind',
    'advocates',
    'nextDeadline',
    'openedOn',
  ];
  protected readonly stages = CASE_STAGES.map((value) => ({ value, label: stageLabel(value) }));
  protected readonly orderKinds = ORDER_KIND_OPTIONS;
  protected readonly sorts = CASE_SORT_OPTIONS;
  protected readonly searchMinLength = SEARCH_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    q: [''],
    stage: [''],
    orderKind: [''],
    courtId: [''],
    locality: [''],
    sort: ['newest' as CaseSort],
  });

  protected readonly heading = computed(() =>
    this.session.user()?.role === 'advocate' ? 'My cases' : 'Cases',
  );
  protected readonly canCreate = computed(() => {
    const user = this.session.user();
    return user !== null && canCreateCases(user.role);
  });
  protected readonly trackById = (_: number, item: CaseSummaryResponse): string => item.id;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const filter = filterOfParams(params);
      this.form.setValue(formValueOf(filter), { emitEvent: false });
      this.store.loadFirst(filter);
    });
    this.form.valueChanges
      .pipe(
        debounceTime(300),
        map(() => paramsOfForm(this.form.getRawValue())),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
        takeUntilDestroyed(),
      )
      .subscribe((queryParams) => {
        void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
      });
  }

  protected clearFilters(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams:
        this.form.getRawValue().sort === 'newest' ? {} : { sort: this.form.getRawValue().sort },
      replaceUrl: true,
    });
  }
}

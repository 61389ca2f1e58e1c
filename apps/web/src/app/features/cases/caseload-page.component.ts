import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import type { CaseSummaryResponse } from '@haven/contracts';

import { canCreateCases } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { AdvocateNamesPipe, DeadlineKindLabelPipe } from '../../shared/labels/label.pipes';
import { OrderKindLabelPipe } from '../../shared/labels/order-kind-label.pipe';
import { StageLabelPipe } from '../../shared/labels/stage-label.pipe';
import { CaseloadStore } from './caseload.store';

@Component({
  selector: 'hv-caseload-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
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
  }
}

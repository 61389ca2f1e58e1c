import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';

import type { AtRiskItem } from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';
import { DeadlineKindLabelPipe } from '../../shared/labels/label.pipes';
import { OrderKindLabelPipe } from '../../shared/labels/order-kind-label.pipe';
import { RuleTitlePipe } from '../../shared/labels/rule-label.pipes';
import { atRiskReasonLabel, courtDaysLeftLabel } from './board-labels';

/** The orders whose protection is at risk, each with the rules that make it urgent. */
@Component({
  selector: 'hv-at-risk-list',
  imports: [
    MatIconModule,
    RouterLink,
    CivilDatePipe,
    CivilTimePipe,
    DeadlineKindLabelPipe,
    OrderKindLabelPipe,
    RuleTitlePipe,
  ],
  templateUrl: './at-risk-list.component.html',
  styleUrl: './at-risk-list.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AtRiskListComponent {
  /** The at-risk orders, most urgent first (as the API sends them). */
  readonly items = input.required<readonly AtRiskItem[]>();
  /** Today in Virginia, 'YYYY-MM-DD': a lapse or an unserved order is "since", not "due". */
  readonly today = input<string>('');

  protected readonly reasonLabel = atRiskReasonLabel;
  protected readonly daysLeftLabel = courtDaysLeftLabel;
}

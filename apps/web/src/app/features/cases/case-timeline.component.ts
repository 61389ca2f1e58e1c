import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import type { TimelineEntry, TimelineEntryKind } from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';

const KIND_LABELS = {
  petition_filed: 'Petition',
  order_issued: 'Order',
  order_served: 'Service',
  order_extended: 'Extension',
  order_dissolved: 'Order',
  order_extension_granted: 'Extension',
  extension_motion_filed: 'Motion',
  extension_motion_decided: 'Motion',
  service_attempt: 'Service',
  hearing_scheduled: 'Hearing',
  hearing_held: 'Hearing',
  hearing_continued: 'Hearing',
  violation: 'Violation',
  note: 'Note',
  task_due: 'Task',
  task_completed: 'Task',
  deadline: 'Deadline',
} satisfies Record<TimelineEntryKind, string>;

interface Row {
  entry: TimelineEntry;
  label: string;
  citation: string | null;
  explanation: string | null;
}

function text(value: string | string[] | null | undefined): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/**
 * The case from petition to today and on to what is due: every recorded event and every computed
 * deadline in date order, each deadline with its citation and plain-English reason.
 */
@Component({
  selector: 'hv-case-timeline',
  imports: [CivilDatePipe, CivilTimePipe],
  templateUrl: './case-timeline.component.html',
  styleUrl: './case-timeline.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseTimelineComponent {
  /** The timeline as GET /api/cases/:caseId/timeline returns it, in date order. */
  readonly entries = input.required<readonly TimelineEntry[]>();

  protected readonly rows = computed<Row[]>(() =>
    this.entries().map((entry) => ({
      entry,
      label: Object.hasOwn(KIND_LABELS, entry.kind) ? KIND_LABELS[entry.kind] : 'Event',
      citation: entry.kind === 'deadline' ? text(entry.details['citation']) : null,
      explanation: entry.kind === 'deadline' ? text(entry.details['explanation']) : null,
    })),
  );
}

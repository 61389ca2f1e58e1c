import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { distinctUntilChanged, map } from 'rxjs';

import type {
  CaseNoticeKind,
  ExtensionMotionResponse,
  HearingResponse,
  OrderResponse,
  OrderStatus,
  ServiceAttemptResponse,
} from '@haven/contracts';

import {
  canCompleteTasks,
  canOverrideStatedExpiry,
  canRevealConfidential,
  canWriteCases,
} from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { courtCivilDate } from '../../shared/dates/civil-date';
import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { CivilTimePipe } from '../../shared/dates/civil-time.pipe';
import {
  AdvocateNamesPipe,
  ConfidenceLabelPipe,
  CourtKindLabelPipe,
  DeadlineKindLabelPipe,
  RelationshipLabelPipe,
} from '../../shared/labels/label.pipes';
import { OrderKindLabelPipe } from '../../shared/labels/order-kind-label.pipe';
import {
  AssumptionTitlePipe,
  DeadlineStateLabelPipe,
  RuleTitlePipe,
} from '../../shared/labels/rule-label.pipes';
import { StageLabelPipe } from '../../shared/labels/stage-label.pipe';
import { CaseNotesComponent } from './case-notes.component';
import { CasePageStore } from './case-page.store';
import { CaseTasksComponent } from './case-tasks.component';
import { CaseTimelineComponent } from './case-timeline.component';
import { ConfidentialCardComponent } from './confidential-card.component';
import { LegalHoldCardComponent } from './legal-hold-card.component';
import { CaseRecordActionsComponent } from './corrections/case-record-actions.component';
import { DocumentsCardComponent } from './documents/documents-card.component';
import { SafeContactCardComponent } from './documents/safe-contact-card.component';
import { DissolveOrderDialogComponent } from './records/dissolve-order-dialog.component';
import {
  MotionDecisionDialogComponent,
  type MotionDecisionData,
} from './records/motion-decision-dialog.component';
import type { OrderActionData } from './records/order-action-data';
import { OrderExtensionDialogComponent } from './records/order-extension-dialog.component';
import { RECORD_DIALOGS, type RecordKind, isRecordKind } from './records/record-dialogs';
import type { RecordDialogData } from './records/record-submission';
import { HEARING_KIND_OPTIONS } from './records/record-options';
import { ServiceAttemptsComponent } from './service-attempts.component';
import { ActivityLogComponent } from './report-facts/activity-log.component';
import { ReportFactsSectionComponent } from './report-facts/report-facts-section.component';

const CURRENT_STATUSES: readonly OrderStatus[] = ['granted', 'served', 'extended'];

/**
 * `/cases/:caseId`: who, where the case stands, what the rules say the client may seek and by
 * when, what happened so far, and the actions that record what happens next. Confidential fields
 * are not in the answer; they come one at a time from the cards. `?record=order` (or petition,
 * service, hearing, motion, violation) opens that form, so a supervisor can link to it.
 */
@Component({
  selector: 'hv-case-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    NgTemplateOutlet,
    RouterLink,
    AdvocateNamesPipe,
    AssumptionTitlePipe,
    DeadlineStateLabelPipe,
    RuleTitlePipe,
    CivilDatePipe,
    CivilTimePipe,
    ConfidenceLabelPipe,
    CourtKindLabelPipe,
    DeadlineKindLabelPipe,
    OrderKindLabelPipe,
    RelationshipLabelPipe,
    StageLabelPipe,
    CaseNotesComponent,
    CaseTasksComponent,
    CaseTimelineComponent,
    ConfidentialCardComponent,
    LegalHoldCardComponent,
    CaseRecordActionsComponent,
    DocumentsCardComponent,
    SafeContactCardComponent,
    ServiceAttemptsComponent,
    ActivityLogComponent,
    ReportFactsSectionComponent,
  ],
  providers: [CasePageStore],
  templateUrl: './case-page.component.html',
  styleUrl: './case-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePageComponent {
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  protected readonly store = inject(CasePageStore);

  private readonly role = computed(() => this.session.user()?.role ?? null);
  protected readonly canReveal = computed(() => {
    const role = this.role();
    return role !== null && canRevealConfidential(role);
  });
  protected readonly canWrite = computed(() => {
    const role = this.role();
    return role !== null && canWriteCases(role);
  });
  protected readonly canComplete = computed(() => {
    const role = this.role();
    return role !== null && canCompleteTasks(role);
  });
  protected readonly hearingKinds = new Map(HEARING_KIND_OPTIONS.map((o) => [o.value, o.label]));
  protected readonly noticeKinds: Readonly<Record<CaseNoticeKind, string>> = {
    attorney_review: 'Attorney review',
    task: 'To do',
    warning: 'Warning',
  };
  /** Each order's service attempts, oldest first, as the API lists them. */
  protected readonly attemptsByOrder = computed(() => {
    const byOrder = new Map<string, ServiceAttemptResponse[]>();
    for (const attempt of this.store.serviceAttempts()) {
      byOrder.set(attempt.orderId, [...(byOrder.get(attempt.orderId) ?? []), attempt]);
    }
    return byOrder;
  });
  /** Deadlines still to act on lead; the met, missed, passed and moot ones fold away. */
  protected readonly liveDeadlines = computed(() =>
    (this.store.detail()?.deadlines ?? []).filter((d) => d.state === 'open'),
  );
  protected readonly settledDeadlines = computed(() =>
    (this.store.detail()?.deadlines ?? []).filter((d) => d.state !== 'open').reverse(),
  );
  protected readonly nextDeadline = computed(
    () =>
      [...this.liveDeadlines()].sort(
        (a, b) =>
          a.dueOn.localeCompare(b.dueOn) || (a.dueTime ?? '').localeCompare(b.dueTime ?? ''),
      )[0] ?? null,
  );
  protected readonly nextHearing = computed(
    () =>
      [...this.store.openHearings()].sort(
        (a, b) =>
          a.scheduledOn.localeCompare(b.scheduledOn) ||
          (a.scheduledTime ?? '').localeCompare(b.scheduledTime ?? ''),
      )[0] ?? null,
  );
  private readonly openTasks = computed(() =>
    this.store
      .tasks()
      .filter((t) => t.status === 'open')
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
  );
  protected readonly openTaskCount = computed(() => this.openTasks().length);
  protected readonly nextTask = computed(() => this.openTasks()[0] ?? null);
  private requestedRecord: RecordKind | null = null;

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('caseId') ?? ''),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((caseId) => this.store.open(caseId));
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const record = params.get('record');
      this.requestedRecord = isRecordKind(record) ? record : null;
    });
    // A linked form opens once the case and its orders are there to fill it.
    effect(() => {
      if (this.requestedRecord && this.store.detail() && this.store.recordsLoaded()) {
        const kind = this.requestedRecord;
        this.requestedRecord = null;
        if (this.canWrite()) {
          this.record(kind);
        }
      }
    });
  }

  protected retry(): void {
    this.store.refresh();
  }

  protected record(kind: RecordKind, hearing?: HearingResponse): void {
    const data = this.dialogData(hearing);
    if (!data || !this.canWrite()) {
      return;
    }
    const ref = this.dialog.open<unknown, RecordDialogData, unknown>(RECORD_DIALOGS[kind], {
      data,
      width: '560px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
    ref.afterClosed().subscribe((saved) => {
      if (this.route.snapshot.queryParamMap.has('record')) {
        void this.router.navigate([], { queryParams: { record: null }, replaceUrl: true });
      }
      if (saved) {
        this.store.refresh();
      }
    });
  }

  protected decideMotion(motion: ExtensionMotionResponse, decision: 'grant' | 'deny'): void {
    const data = this.dialogData();
    if (!data || !this.canWrite()) {
      return;
    }
    this.dialog
      .open<MotionDecisionDialogComponent, MotionDecisionData, unknown>(
        MotionDecisionDialogComponent,
        { data: { ...data, motion, decision }, width: '560px', maxWidth: 'calc(100vw - 32px)' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.store.refresh();
        }
      });
  }

  /** An order still in force as recorded: one the court can extend or dissolve. */
  protected isCurrent(order: OrderResponse): boolean {
    return CURRENT_STATUSES.includes(order.status);
  }

  protected actOnOrder(action: 'extension' | 'dissolve', order: OrderResponse): void {
    const data = this.dialogData();
    if (!data || !this.canWrite()) {
      return;
    }
    const component =
      action === 'extension' ? OrderExtensionDialogComponent : DissolveOrderDialogComponent;
    this.dialog
      .open<unknown, OrderActionData, unknown>(component, {
        data: { ...data, order },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.store.refresh();
        }
      });
  }

  private dialogData(hearing?: HearingResponse): RecordDialogData | null {
    const detail = this.store.detail();
    if (!detail) {
      return null;
    }
    const orders = this.store.orders();
    const last = orders.at(-1);
    const role = this.role();
    return {
      caseId: detail.id,
      orders,
      today: courtCivilDate(new Date()),
      hearing,
      canOverrideExpiry: role !== null && canOverrideStatedExpiry(role),
      orderKind: last?.kind ?? detail.orderKind,
      court: last
        ? {
            courtId: last.issuingCourtId,
            courtKind: last.issuingCourtKind,
            locality: last.issuingLocality,
          }
        : detail.courtId || detail.venueLocality
          ? {
              courtId: detail.courtId ?? '',
              courtKind: detail.courtKind,
              locality: detail.venueLocality ?? '',
            }
          : undefined,
    };
  }
}

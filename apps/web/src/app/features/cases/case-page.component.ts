import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  Subject,
  type Observable,
  catchError,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import type { CaseDetailResponse } from '@haven/contracts';

import { canRevealConfidential } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
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
import { StageLabelPipe } from '../../shared/labels/stage-label.pipe';
import { CasesApi } from './cases.api';
import { ConfidentialCardComponent } from './confidential-card.component';

type CaseView =
  | { status: 'loading' }
  | { status: 'loaded'; detail: CaseDetailResponse }
  | { status: 'missing' }
  | { status: 'failed' };

const LOADING: CaseView = { status: 'loading' };

/**
 * `/cases/:caseId`: who, where the case stands, what the rules say the client may seek and by
 * when. Confidential fields are not in the answer; they come one at a time from the cards.
 */
@Component({
  selector: 'hv-case-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    AdvocateNamesPipe,
    CivilDatePipe,
    CivilTimePipe,
    ConfidenceLabelPipe,
    CourtKindLabelPipe,
    DeadlineKindLabelPipe,
    OrderKindLabelPipe,
    RelationshipLabelPipe,
    StageLabelPipe,
    ConfidentialCardComponent,
  ],
  templateUrl: './case-page.component.html',
  styleUrl: './case-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePageComponent {
  private readonly api = inject(CasesApi);
  private readonly session = inject(SessionStore);
  private readonly retries = new Subject<void>();

  private readonly view = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((params) => params.get('caseId') ?? ''),
      distinctUntilChanged(),
      switchMap((caseId) =>
        this.retries.pipe(
          startWith(undefined),
          switchMap(() => this.load(caseId)),
        ),
      ),
    ),
    { initialValue: LOADING },
  );

  protected readonly loading = computed(() => this.view().status === 'loading');
  protected readonly missing = computed(() => this.view().status === 'missing');
  protected readonly failed = computed(() => this.view().status === 'failed');
  protected readonly detail = computed(() => {
    const view = this.view();
    return view.status === 'loaded' ? view.detail : null;
  });
  protected readonly canReveal = computed(() => {
    const user = this.session.user();
    return user !== null && canRevealConfidential(user.role);
  });

  protected retry(): void {
    this.retries.next();
  }

  private load(caseId: string): Observable<CaseView> {
    return this.api.get(caseId).pipe(
      map((detail): CaseView => ({ status: 'loaded', detail })),
      catchError((err: unknown) => of<CaseView>({ status: isMissing(err) ? 'missing' : 'failed' })),
      startWith(LOADING),
    );
  }
}

// 404: not in this organisation or not on this advocate's caseload; 400: not a case id at all.
function isMissing(err: unknown): boolean {
  return err instanceof HttpErrorResponse && (err.status === 404 || err.status === 400);
}

import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

import type { LawChangeDifference, LawChangeReviewsResponse } from '@haven/contracts';
import { deploymentLabel } from '@haven/rules';

import { deadlineKindLabel } from '../../shared/labels/case-labels';
import { LawChangesApi } from './law-changes.api';

/**
 * The supervisor board's list of open cases whose stored deadlines or follow-ups a new rule set
 * moved (issue 14): each with the old and new dates, the rule version now applied, and whether
 * the advocate's review task is done.
 */
@Component({
  selector: 'hv-law-change-reviews',
  imports: [MatButtonModule, RouterLink],
  template: `
    <section class="section" aria-labelledby="law-changes-heading">
      <h2 id="law-changes-heading" class="section-title">
        Deadlines changed by a law update or a rules correction
      </h2>
      @if (reviews(); as r) {
        <p class="note">
          Rules {{ rules(r.currentRulesSet) }}.
          @if (r.pending > 0) {
            {{ r.pending }} open case(s) still being reviewed.
          }
        </p>
        @if (r.items.length === 0) {
          <p class="note">
            No open case’s deadlines changed in a law update or a rules correction.
          </p>
        } @else {
          <ul class="reviews">
            @for (item of r.items; track item.reviewId) {
              <li>
                <a [routerLink]="['/cases', item.caseId]">{{ item.caseReference }}</a>
                — rules {{ item.previousRulesSet ? rules(item.previousRulesSet) : 'earlier' }} →
                {{ rules(item.rulesSet) }}; {{ item.assigneeName ?? 'no advocate assigned' }}:
                {{ taskLabel(item.taskStatus) }}
                <ul class="changes">
                  @for (change of item.changes; track $index) {
                    <li>
                      {{ label(change) }}: <span class="old">{{ change.oldDate ?? 'none' }}</span> →
                      <strong>{{ change.newDate ?? 'none' }}</strong>
                      @if (change.ruleVersion) {
                        (rule version {{ change.ruleVersion }})
                      }
                    </li>
                  }
                </ul>
              </li>
            }
          </ul>
        }
      }
      @if (failed()) {
        <p class="note" role="alert">
          The law-update changes could not be loaded.
          <button mat-button type="button" (click)="load()">Try again</button>
        </p>
      }
    </section>
  `,
  styles: `
    .section {
      margin: 24px 0;
    }
    .section-title {
      font: var(--mat-sys-title-medium);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .reviews,
    .changes {
      margin: 0;
      padding-left: 20px;
    }
    .reviews > li {
      margin-bottom: 8px;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LawChangeReviewsComponent {
  private readonly api = inject(LawChangesApi);
  protected readonly reviews = signal<LawChangeReviewsResponse | null>(null);
  protected readonly failed = signal(false);
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.failed.set(false);
    this.api
      .reviews()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (r) => this.reviews.set(r),
        error: () => this.failed.set(true),
      });
  }

  /** A rule set with the library's revision, when it has one ('2026.2, revision 1'). */
  protected readonly rules = deploymentLabel;

  protected label(change: LawChangeDifference): string {
    return change.what === 'deadline'
      ? `Deadline: ${deadlineKindLabel(change.label)}`
      : `Follow-up: ${change.label}`;
  }

  protected taskLabel(status: 'open' | 'done' | 'cancelled' | null): string {
    return status === 'done'
      ? 'reviewed'
      : status === 'open'
        ? 'review task open'
        : 'no review task';
  }
}

import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import {
  AGE_BANDS,
  GENDERS,
  LEGAL_ISSUES,
  LSC_PROBLEM_CODES,
  NOT_SERVED_REASONS,
  RACE_ETHNICITIES,
  SERVICE_STATUSES,
  SPECIAL_CLASSIFICATIONS,
  VICTIMISATIONS,
  type FundingSourceResponse,
  type NotServedReason,
  type ReportFacts,
  type ReportFactsResponse,
  type SpecialClassification,
} from '@haven/contracts';

import { courtCivilDate } from '../../../shared/dates/civil-date';
import { ReportFactsApi } from './report-facts.api';

const NOT_REPORTED_FACTS: ReportFacts = {
  victimisations: [],
  legalIssues: ['protection_order'],
  lscProblemCode: '37',
  serviceStatus: null,
  notServedReason: null,
  demographics: {
    raceEthnicity: [],
    gender: 'not_reported',
    ageBand: 'not_reported',
    classifications: {
      disability: 'not_reported',
      deafHardOfHearing: 'not_reported',
      limitedEnglish: 'not_reported',
      immigrantRefugeeAsylum: 'not_reported',
      rural: 'not_reported',
      homeless: 'not_reported',
      lgbtq: 'not_reported',
      veteran: 'not_reported',
    },
  },
  funding: [],
};

const entries = (labels: Readonly<Record<string, string>>) => Object.entries(labels);

/**
 * The "for reports" facts of a case, collapsed so an advocate in a hurry never sees them: the
 * funders' victimisation, legal-issue, demographic and funding questions, each optional ("not
 * reported" is an answer). Defaults fit a protective-order case: LSC problem 37 (domestic abuse),
 * legal issue "protection order". On intake there is no case yet: `saveFor` stores the answers
 * once the case exists.
 */
@Component({
  selector: 'hv-report-facts-section',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule],
  templateUrl: './report-facts-section.component.html',
  styles: `
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 0 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportFactsSectionComponent {
  private readonly api = inject(ReportFactsApi);

  /** The case the facts belong to; null on intake, before the case exists. */
  readonly caseId = input<string | null>(null);
  /** Whether the signed-in role may change them (case:write). */
  readonly canWrite = input(false);

  protected readonly open = signal(false);
  protected readonly facts = signal<ReportFacts>(structuredClone(NOT_REPORTED_FACTS));
  protected readonly sources = signal<FundingSourceResponse[]>([]);
  protected readonly saved = signal(false);
  protected readonly error = signal<string | null>(null);
  protected fundingIds: string[] = [];
  protected declineReason: NotServedReason = 'conflict_of_interest';

  protected readonly victimisations = entries(VICTIMISATIONS);
  protected readonly legalIssues = entries(LEGAL_ISSUES);
  protected readonly problemCodes = entries(LSC_PROBLEM_CODES);
  protected readonly statuses = entries(SERVICE_STATUSES);
  protected readonly reasons = entries(NOT_SERVED_REASONS);
  protected readonly races = entries(RACE_ETHNICITIES);
  protected readonly genders = entries(GENDERS);
  protected readonly ages = entries(AGE_BANDS);
  protected readonly classifications = Object.entries(SPECIAL_CLASSIFICATIONS) as Array<
    [SpecialClassification, string]
  >;

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      if (!this.open()) return;
      this.api.fundingSources().subscribe((list) => this.sources.set(list.items));
      if (caseId) this.api.facts(caseId).subscribe((facts) => this.load(facts));
    });
  }

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected save(): void {
    const caseId = this.caseId();
    if (caseId) this.saveFor(caseId);
  }

  /** Stores the answers for `caseId` (after intake has opened it); nothing when never opened. */
  saveFor(caseId: string): void {
    if (!this.open() && this.caseId() === null) return;
    const today = courtCivilDate(new Date());
    const known = new Map(this.facts().funding.map((f) => [f.fundingSourceId, f]));
    const body: ReportFacts = {
      ...this.facts(),
      notServedReason:
        this.facts().serviceStatus === 'not_served' ? this.facts().notServedReason : null,
      funding: this.fundingIds.map(
        (id) => known.get(id) ?? { fundingSourceId: id, startsOn: today, endsOn: null },
      ),
    };
    this.error.set(null);
    this.saved.set(false);
    this.api.saveFacts(caseId, body).subscribe({
      next: (facts) => {
        this.load(facts);
        this.saved.set(true);
      },
      error: (err: { error?: { fields?: Array<{ field: string; message: string }> } }) => {
        const field = err.error?.fields?.[0];
        this.error.set(field ? `${field.field} ${field.message}` : 'The answers were not saved.');
      },
    });
  }

  /**
   * Someone turned away at intake (a conflict of interest, capacity…): no case is opened and no
   * name is kept, but OVW counts them as seeking services and not served.
   */
  protected decline(): void {
    this.error.set(null);
    this.saved.set(false);
    this.api
      .decline({
        declinedOn: courtCivilDate(new Date()),
        reason: this.declineReason,
        victimisations: this.facts().victimisations,
        fundingSourceId: this.fundingIds[0] ?? null,
      })
      .subscribe({
        next: () => this.saved.set(true),
        error: () => this.error.set('The declined intake was not recorded.'),
      });
  }

  protected patch(change: Partial<ReportFacts>): void {
    this.facts.update((f) => ({ ...f, ...change }));
  }

  protected patchDemographics(change: Partial<ReportFacts['demographics']>): void {
    this.facts.update((f) => ({ ...f, demographics: { ...f.demographics, ...change } }));
  }

  protected patchClassification(
    key: SpecialClassification,
    value: 'yes' | 'no' | 'not_reported',
  ): void {
    this.facts.update((f) => ({
      ...f,
      demographics: {
        ...f.demographics,
        classifications: { ...f.demographics.classifications, [key]: value },
      },
    }));
  }

  private load(facts: ReportFactsResponse): void {
    this.facts.set(facts);
    this.fundingIds = facts.funding.map((f) => f.fundingSourceId);
  }
}

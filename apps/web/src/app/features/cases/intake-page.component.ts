import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import type {
  ConflictCheckRequest,
  ConflictHit,
  CreateCaseRequest,
  OrderKind,
  Relationship,
} from '@haven/contracts';

import { canOverrideConflicts } from '../../core/auth/permissions';
import { SessionStore } from '../../core/auth/session.store';
import { courtCivilDate } from '../../shared/dates/civil-date';
import { CourtFieldComponent } from '../../core/courts/court-field.component';
import { DateInputDirective } from '../../shared/forms/date-input.directive';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { civilDate } from '../../shared/forms/form-validators';
import {
  notAfterToday,
  notBefore,
  phoneNumber,
  yearsBefore,
} from '../../shared/forms/plausible-dates';
import { LocalityFieldComponent } from '../../core/courts/locality-field.component';
import { notBlank } from '../../shared/forms/not-blank.validator';
import { applyFieldErrors, refusalOf, validationFieldsOf } from '../../shared/forms/server-errors';
import { ORDER_KIND_OPTIONS, RELATIONSHIP_OPTIONS } from '../../shared/labels/case-labels';
import { CasesApi } from './cases.api';
import { IntakeDraftStore } from './intake-draft.store';
import { ReportFactsSectionComponent } from './report-facts/report-facts-section.component';

const NAME_MAX_LENGTH = 200;
/** The API's minimum for a supervisor's conflict-override reason. */
export const OVERRIDE_REASON_MIN_LENGTH = 10;

// The form mirrors CreateCaseRequest, so a 400's dotted paths (`client.fullName`,
// `intake.lastActOfAbuseOn`) name its controls directly.
function intakeForm(fb: NonNullableFormBuilder, today: string) {
  const now = () => today;
  const birthDate = [civilDate, notAfterToday(now), notBefore(() => '1900-01-01', '1900')];
  return fb.group({
    client: fb.group({
      fullName: ['', [notBlank, Validators.maxLength(NAME_MAX_LENGTH)]],
      dateOfBirth: ['', birthDate],
      // Confidential: sent once with the intake, held nowhere but this form (and its draft).
      phone: ['', [Validators.maxLength(40), phoneNumber]],
      address: ['', Validators.maxLength(500)],
      email: ['', [Validators.email, Validators.maxLength(320)]],
      employer: ['', Validators.maxLength(200)],
      safeContact: fb.group({
        safeToCall: [false],
        safeToText: [false],
        safeToLeaveVoicemail: [false],
        safeToEmail: [false],
        codeWord: ['', Validators.maxLength(100)],
        safeTimes: ['', Validators.maxLength(300)],
      }),
    }),
    respondent: fb.group({
      fullName: ['', [notBlank, Validators.maxLength(NAME_MAX_LENGTH)]],
      dateOfBirth: ['', birthDate],
      address: ['', Validators.maxLength(500)],
      description: ['', Validators.maxLength(2000)],
      knownFirearms: [false],
      outOfStateAddress: [false],
    }),
    intake: fb.group({
      relationship: new FormControl<Relationship | null>(null, Validators.required),
      livesWithRespondent: [false],
      lastActOfAbuseOn: ['', [Validators.required, civilDate, notAfterToday(now)]],
      // Asked only of a former cohabitant (R15's twelve-month window); disabled otherwise.
      cohabitationEndedOn: [
        { value: '', disabled: true },
        [Validators.required, civilDate, notAfterToday(now)],
      ],
      hasMedicalEvidence: [false],
      venueLocality: ['', Validators.maxLength(120)],
      courtId: [''],
    }),
    openedOn: [
      today,
      [
        Validators.required,
        civilDate,
        notAfterToday(now),
        notBefore(() => yearsBefore(today, 10), 'ten years ago'),
      ],
    ],
    orderKind: new FormControl<OrderKind | null>(null),
    conflictOverrideReason: ['', Validators.maxLength(1000)],
  });
}

const MATCHED_ON_LABELS: Readonly<Partial<Record<string, string>>> = {
  name: 'name',
  alias: 'an alias',
  date_of_birth: 'date of birth',
};

type IntakeValues = ReturnType<ReturnType<typeof intakeForm>['getRawValue']>;

interface ConflictCheckResult {
  /** The parties the check was run for; a later edit makes the result stale. */
  key: string;
  hits: ConflictHit[];
}

/**
 * `/cases/new`: the intake. Opening a case needs a conflict check for the parties as they now
 * stand; a hit blocks the case unless a supervisor overrides it with a reason.
 */
@Component({
  selector: 'hv-intake-page',
  imports: [
    ReportFactsSectionComponent,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    CourtFieldComponent,
    DateInputDirective,
    LocalityFieldComponent,
  ],
  templateUrl: './intake-page.component.html',
  styleUrl: './intake-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakePageComponent {
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly drafts = inject(IntakeDraftStore);
  private readonly reportFacts = viewChild(ReportFactsSectionComponent);

  protected readonly relationships = RELATIONSHIP_OPTIONS;
  protected readonly orderKinds = ORDER_KIND_OPTIONS;
  protected readonly overrideMinLength = OVERRIDE_REASON_MIN_LENGTH;
  protected readonly errorText = fieldErrorText;
  protected readonly form = intakeForm(inject(NonNullableFormBuilder), courtCivilDate(new Date()));

  private readonly values = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );
  private readonly partiesKey = computed(() => partiesKeyOf(this.values()));
  private readonly lastCheck = signal<ConflictCheckResult | null>(null);
  /** The parties a create was refused for with 409, though the check had found nothing. */
  private readonly refusedFor = signal<string | null>(null);

  protected readonly checking = signal(false);
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly asksCohabitationEnd = computed(
    () => this.values().intake.relationship === 'former_cohabitant',
  );
  protected readonly isSupervisor = computed(() => {
    const user = this.session.user();
    return user !== null && canOverrideConflicts(user.role);
  });
  protected readonly checkIsCurrent = computed(() => this.lastCheck()?.key === this.partiesKey());
  protected readonly hits = computed(() =>
    this.checkIsCurrent() ? (this.lastCheck()?.hits ?? []) : [],
  );
  /** The hits, in words: "the client matches an existing respondent, … (on name) in HV-…". */
  protected readonly hitLines = computed(() =>
    this.hits().map((hit) => ({
      party: hit.party,
      matchedRole: hit.matchedRole,
      matchedName: hit.matchedName,
      matchedOn: hit.matchedOn.map((on) => MATCHED_ON_LABELS[on] ?? on).join(', '),
      cases: hit.caseReferences.join(', '),
    })),
  );
  /** A check was made, but the names or date of birth changed since. */
  protected readonly checkIsStale = computed(
    () => this.lastCheck() !== null && !this.checkIsCurrent(),
  );
  protected readonly conflicted = computed(
    () => this.hits().length > 0 || this.refusedFor() === this.partiesKey(),
  );
  protected readonly overriding = computed(() => this.conflicted() && this.isSupervisor());
  /** Why "Create case" is disabled, or null when it is not. */
  protected readonly createBlockedBecause = computed<string | null>(() => {
    if (!this.checkIsCurrent()) {
      return 'Check for conflicts before creating the case.';
    }
    if (this.conflicted() && !this.isSupervisor()) {
      return 'A case with a conflict can only be opened by a supervisor.';
    }
    const reason = this.values().conflictOverrideReason.trim();
    if (this.overriding() && reason.length < OVERRIDE_REASON_MIN_LENGTH) {
      return `Give your reason for overriding the conflict (at least ${OVERRIDE_REASON_MIN_LENGTH} characters).`;
    }
    return null;
  });

  /** A draft kept from an earlier visit was put back into the form. */
  protected readonly restoredDraft = signal(false);

  constructor() {
    const draft = this.drafts.take();
    if (draft) {
      this.form.patchValue(draft as Parameters<typeof this.form.patchValue>[0]);
      this.restoredDraft.set(true);
    }
    // The answers outlive a conflict hit, a refusal or leaving the page, until created or
    // discarded (memory only: confidential answers never go to browser storage).
    this.destroyRef.onDestroy(() => {
      if (!this.created && this.form.dirty) {
        this.drafts.keep(this.form.getRawValue());
      }
    });
    const { relationship, cohabitationEndedOn } = this.form.controls.intake.controls;
    relationship.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      if (value === 'former_cohabitant') {
        cohabitationEndedOn.enable();
      } else {
        cohabitationEndedOn.disable();
      }
    });
  }

  private created = false;

  /** Empties the form and forgets the draft. */
  protected discardDraft(): void {
    this.drafts.discard();
    this.form.reset();
    this.restoredDraft.set(false);
    this.lastCheck.set(null);
  }

  protected checkConflicts(): void {
    if (this.checking()) {
      return;
    }
    this.problem.set(null);
    const { client, respondent } = this.form.controls;
    const parties = [client.controls.fullName, client.controls.dateOfBirth, respondent];
    if (parties.some((control) => control.invalid)) {
      parties.forEach((control) => control.markAllAsTouched());
      return;
    }
    const values = this.form.getRawValue();
    const key = partiesKeyOf(values);
    this.checking.set(true);
    this.api
      .conflictCheck(conflictRequestOf(values))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ hits }) => {
          this.lastCheck.set({ key, hits });
          this.checking.set(false);
        },
        error: (err: unknown) => {
          this.checking.set(false);
          this.showError(err, 'The conflict check did not work. Please try again.');
        },
      });
  }

  protected create(): void {
    if (this.saving() || this.createBlockedBecause() !== null) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problem.set('Some answers are missing or not valid. See the marked fields.');
      return;
    }
    const values = this.form.getRawValue();
    const key = partiesKeyOf(values);
    this.saving.set(true);
    this.api
      .create(this.createRequestOf(values))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        // The form, and the contact details in it, go with this page.
        next: (created) => {
          this.created = true;
          this.reportFacts()?.saveFor(created.id);
          void this.router.navigate(['/cases', created.id]);
        },
        error: (err: unknown) => {
          this.saving.set(false);
          if (refusalOf(err)?.code === 'CONFLICT_CHECK_HIT') {
            this.refusedFor.set(key);
          }
          this.showError(
            err,
            'The case could not be created. Please check the form and try again.',
          );
        },
      });
  }

  private createRequestOf(values: IntakeValues): CreateCaseRequest {
    const { client, respondent } = conflictRequestOf(values);
    const reason = values.conflictOverrideReason.trim();
    const relationship = values.intake.relationship;
    if (relationship === null) {
      throw new Error('the form let an intake without a relationship through');
    }
    const safe = values.client.safeContact;
    const safeGiven =
      safe.safeToCall ||
      safe.safeToText ||
      safe.safeToLeaveVoicemail ||
      safe.safeToEmail ||
      safe.codeWord.trim() !== '' ||
      safe.safeTimes.trim() !== '';
    return {
      client: {
        ...client,
        ...optional('phone', values.client.phone),
        ...optional('address', values.client.address),
        ...optional('email', values.client.email),
        ...optional('employer', values.client.employer),
        ...(safeGiven
          ? {
              safeContact: {
                safeToCall: safe.safeToCall,
                safeToText: safe.safeToText,
                safeToLeaveVoicemail: safe.safeToLeaveVoicemail,
                safeToEmail: safe.safeToEmail,
                ...optional('codeWord', safe.codeWord),
                ...optional('safeTimes', safe.safeTimes),
              },
            }
          : {}),
      },
      respondent: {
        ...respondent,
        ...optional('dateOfBirth', values.respondent.dateOfBirth),
        ...optional('address', values.respondent.address),
        ...optional('description', values.respondent.description),
        knownFirearms: values.respondent.knownFirearms,
        outOfStateAddress: values.respondent.outOfStateAddress,
      },
      intake: {
        relationship,
        livesWithRespondent: values.intake.livesWithRespondent,
        lastActOfAbuseOn: values.intake.lastActOfAbuseOn,
        hasMedicalEvidence: values.intake.hasMedicalEvidence,
        ...optional('venueLocality', values.intake.venueLocality),
        ...optional('courtId', values.intake.courtId),
        ...(relationship === 'former_cohabitant'
          ? optional('cohabitationEndedOn', values.intake.cohabitationEndedOn)
          : {}),
      },
      openedOn: values.openedOn,
      ...(values.orderKind === null ? {} : { orderKind: values.orderKind }),
      ...(this.overriding() && reason.length > 0 ? { conflictOverrideReason: reason } : {}),
    };
  }

  private showError(err: unknown, fallback: string): void {
    const fields = validationFieldsOf(err);
    if (fields) {
      const unplaced = applyFieldErrors(this.form, fields);
      this.problem.set(
        unplaced.length > 0
          ? unplaced.join(' ')
          : 'Some answers are missing or not valid. See the marked fields.',
      );
      return;
    }
    const refusal = refusalOf(err);
    // 401 is the session interceptor's, network errors and 5xx the snackbar's.
    if (!refusal || refusal.status === 401) {
      return;
    }
    if (refusal.status === 400 && refusal.fields.length > 0) {
      const unplaced = applyFieldErrors(this.form, refusal.fields, 'sentence');
      if (unplaced.length === 0) {
        return;
      }
    }
    this.problem.set(refusal.message ?? fallback);
  }
}

function conflictRequestOf(values: IntakeValues): ConflictCheckRequest {
  return {
    client: {
      fullName: values.client.fullName.trim(),
      ...optional('dateOfBirth', values.client.dateOfBirth),
    },
    respondent: {
      fullName: values.respondent.fullName.trim(),
      ...optional('dateOfBirth', values.respondent.dateOfBirth),
    },
  };
}

function partiesKeyOf(values: IntakeValues): string {
  return JSON.stringify(conflictRequestOf(values));
}

/** `{ [key]: value }` for an answered optional field, `{}` for a blank one. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed.length > 0 ? ({ [key]: trimmed } as Partial<Record<K, string>>) : {};
}

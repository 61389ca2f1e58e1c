import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import type { FollowupSettings, FollowupSettingsResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../shared/dates/civil-date.pipe';
import { fieldErrorText } from '../../shared/forms/field-error-text';
import { problemOf } from '../../shared/forms/form-submission';
import { AdminApi } from './admin.api';
import { adminRefusal } from './form-refusal';

interface LeadTimeField {
  key: keyof FollowupSettings;
  label: string;
  unit: 'days' | 'court days';
  min: number;
  max: number;
  group: 'final' | 'preliminary' | 'other';
}

// The API's ranges (UpdateFollowupSettingsDto); a Record so a new setting fails the build here.
const FIELD_BY_KEY = {
  talkToClientDaysBeforeExpiry: {
    label: 'Talk to the client about extending, before the order expires',
    unit: 'days',
    min: 1,
    max: 365,
    group: 'final',
  },
  fileMotionDaysBeforeDeadline: {
    label: 'File the motion to extend, before the filing deadline',
    unit: 'days',
    min: 1,
    max: 365,
    group: 'final',
  },
  escalateDaysBeforeDeadline: {
    label: 'Tell the supervisor if no motion is recorded, before the filing deadline',
    unit: 'days',
    min: 1,
    max: 365,
    group: 'final',
  },
  firstServiceCheckCourtDays: {
    label: 'First check on service, after the order is issued',
    unit: 'court days',
    min: 1,
    max: 30,
    group: 'preliminary',
  },
  serviceCheckEveryCourtDays: {
    label: 'Then check on service every',
    unit: 'court days',
    min: 1,
    max: 30,
    group: 'preliminary',
  },
  extendPreliminaryCourtDaysBeforeHearing: {
    label: 'Ask to extend an unserved order, before the hearing',
    unit: 'court days',
    min: 1,
    max: 30,
    group: 'preliminary',
  },
  medicalNoticeReminderDays: {
    label: 'Medical-records notice reminder, ahead of its deadline',
    unit: 'days',
    min: 0,
    max: 60,
    group: 'other',
  },
} satisfies Record<keyof FollowupSettings, Omit<LeadTimeField, 'key'>>;

const FIELDS: readonly LeadTimeField[] = (
  Object.entries(FIELD_BY_KEY) as [keyof FollowupSettings, Omit<LeadTimeField, 'key'>][]
).map(([key, field]) => ({ key, ...field }));

/** The groups in the order the form shows them. */
const GROUPS = [
  { id: 'final', title: 'Final orders' },
  { id: 'preliminary', title: 'Preliminary orders' },
  { id: 'other', title: 'Other reminders' },
] as const;

/**
 * `/admin/followup-settings`: how far ahead Haven creates each follow-up task. Saving replans the
 * follow-ups of every open case, so the page says how many were replanned.
 */
@Component({
  selector: 'hv-followup-settings-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    CivilDatePipe,
  ],
  templateUrl: './followup-settings-page.component.html',
  styleUrl: './admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowupSettingsPageComponent {
  private readonly api = inject(AdminApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly groups = GROUPS.map((g) => ({
    ...g,
    fields: FIELDS.filter((f) => f.group === g.id),
  }));
  protected readonly form = this.fb.group(
    Object.fromEntries(
      FIELDS.map((f) => [
        f.key,
        this.fb.control(0, [Validators.required, Validators.min(f.min), Validators.max(f.max)]),
      ]),
    ) as Record<keyof FollowupSettings, FormControl<number>>,
  );
  protected readonly current = signal<FollowupSettingsResponse | null>(null);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>('loading');
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly announcement = signal('');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api.followupSettings().subscribe({
      next: (answer) => {
        this.current.set(answer);
        this.form.reset(answer.settings);
        this.status.set('loaded');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected control(key: keyof FollowupSettings): FormControl<number> {
    return this.form.controls[key];
  }

  protected error(field: LeadTimeField): string {
    const control = this.control(field.key);
    const errors = control.errors;
    if (
      errors &&
      !errors['server'] &&
      !errors['serverSentence'] &&
      (errors['min'] || errors['max'])
    ) {
      return `Enter a whole number from ${field.min} to ${field.max}.`;
    }
    return fieldErrorText('This lead time', control);
  }

  protected restoreDefaults(): void {
    const defaults = this.current()?.defaults;
    if (defaults) {
      this.form.reset(defaults);
      this.form.markAsDirty();
      this.announcement.set('Defaults filled in; choose Save to apply them.');
    }
  }

  protected save(): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api.updateFollowupSettings(this.form.getRawValue()).subscribe({
      next: (answer) => {
        this.saving.set(false);
        this.current.set(answer);
        this.form.reset(answer.settings);
        const count = answer.replannedCases;
        this.announcement.set(
          `Saved. The follow-ups of ${count} open ${count === 1 ? 'case were' : 'cases were'} replanned.`,
        );
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.problem.set(
          problemOf(this.form, err, adminRefusal('The lead times could not be saved.')),
        );
      },
    });
  }
}

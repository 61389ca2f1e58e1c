import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { DateTimeFieldsComponent } from '../../../shared/forms/date-time-fields.component';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { optional } from '../../../shared/forms/form-submission';
import { civilDate, clockTime, requiresField } from '../../../shared/forms/form-validators';

/** The expiry written on an order, as an order, an extension and a granted motion record it. */
export interface ExpiryControls {
  statedExpiryOn: FormControl<string>;
  statedExpiryTime: FormControl<string>;
  statedExpiryOverrideReason: FormControl<string>;
}

/** Fresh, empty expiry controls with the API's checks, to spread into a form group. */
export function expiryControls(): ExpiryControls {
  return {
    statedExpiryOn: new FormControl('', { nonNullable: true, validators: civilDate }),
    statedExpiryTime: new FormControl('', { nonNullable: true, validators: clockTime }),
    statedExpiryOverrideReason: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(1000),
    }),
  };
}

/** The group checks of the API's RequiresField: a time or an override reason needs the date. */
export const EXPIRY_VALIDATORS: readonly ValidatorFn[] = [
  requiresField('statedExpiryTime', 'statedExpiryOn'),
  requiresField('statedExpiryOverrideReason', 'statedExpiryOn'),
];

/** The request's expiry fields; the override reason only from a role that may give one. */
export function expiryRequest(
  value: { statedExpiryOn: string; statedExpiryTime: string; statedExpiryOverrideReason: string },
  canOverride: boolean,
): { statedExpiryOn?: string; statedExpiryTime?: string; statedExpiryOverrideReason?: string } {
  return {
    statedExpiryOn: optional(value.statedExpiryOn),
    statedExpiryTime: optional(value.statedExpiryTime),
    statedExpiryOverrideReason: canOverride
      ? optional(value.statedExpiryOverrideReason)
      : undefined,
  };
}

/**
 * The stated expiry and its time, and for a supervisor the reason to accept a date beyond the
 * statutory maximum (the API computes the maximum and flags a later stated date).
 */
@Component({
  selector: 'hv-expiry-fields',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    DateTimeFieldsComponent,
    FieldErrorComponent,
  ],
  template: `
    <hv-date-time-fields
      [date]="form().controls.statedExpiryOn"
      dateLabel="Stated expiry"
      [dateOptional]="true"
      [dateHint]="hint()"
      [time]="form().controls.statedExpiryTime"
      timeLabel="Expiry time"
    />
    @if (canOverride()) {
      <mat-form-field class="field">
        <mat-label>Reason to accept a stated expiry beyond the maximum (optional)</mat-label>
        <textarea
          matInput
          [formControl]="form().controls.statedExpiryOverrideReason"
          rows="2"
        ></textarea>
        <mat-error
          [hvErrorOf]="form().controls.statedExpiryOverrideReason"
          label="Override reason"
        />
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExpiryFieldsComponent {
  readonly form = input.required<{ controls: ExpiryControls }>();
  readonly canOverride = input(false);
  readonly hint = input<string>();
}

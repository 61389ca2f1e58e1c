import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { catchError, map, of } from 'rxjs';

import { AdminApi } from './admin.api';

/**
 * The admin pages' choice of one of the organisation's accounts, as the audit trail and breach
 * scoping filter by it: a select of every account by name and e-mail, loaded here, with an
 * optional "any account" choice. A list that cannot load leaves only that choice.
 */
@Component({
  selector: 'hv-account-select',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [(value)]="value" [required]="anyLabel() === null">
        @if (anyLabel(); as any) {
          <mat-option value="">{{ any }}</mat-option>
        }
        @for (u of accounts(); track u.id) {
          <mat-option [value]="u.id">{{ u.displayName }} ({{ u.email }})</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountSelectComponent {
  /** The field's label. */
  readonly label = input.required<string>();
  /** The label of the "any account" choice (value ''); null makes an account required. */
  readonly anyLabel = input<string | null>(null);
  /** The chosen account's id, '' for none or any. */
  readonly value = model('');

  protected readonly accounts = toSignal(
    inject(AdminApi)
      .users()
      .pipe(
        map((r) => r.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );
}

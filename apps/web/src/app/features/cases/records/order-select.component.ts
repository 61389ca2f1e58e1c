import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';

import type { OrderResponse } from '@haven/contracts';

import { CivilDatePipe } from '../../../shared/dates/civil-date.pipe';
import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { OrderKindLabelPipe } from '../../../shared/labels/order-kind-label.pipe';

/**
 * Chooses one of the case's orders, named by kind and issue date. With `noneLabel` the choice is
 * optional and that option stands for no order.
 */
@Component({
  selector: 'hv-order-select',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    CivilDatePipe,
    FieldErrorComponent,
    OrderKindLabelPipe,
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() }}</mat-label>
      <mat-select [formControl]="control()" [required]="noneLabel() === null">
        @if (noneLabel(); as none) {
          <mat-option [value]="null">{{ none }}</mat-option>
        }
        @for (order of orders(); track order.id) {
          <mat-option [value]="order.id">
            {{ order.kind | hvOrderKindLabel }}, issued {{ order.issuedOn | hvCivilDate }}
          </mat-option>
        }
      </mat-select>
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      <mat-error [hvErrorOf]="control()" [label]="errorLabel() ?? label()" />
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
export class OrderSelectComponent {
  readonly control = input.required<FormControl<string | null>>();
  readonly orders = input.required<readonly OrderResponse[]>();
  readonly label = input.required<string>();
  /** The field's name in its error sentence, when it differs from the label. */
  readonly errorLabel = input<string | null>(null);
  readonly noneLabel = input<string | null>(null);
  readonly hint = input<string | null>(null);
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

import type { FormSubmission } from './form-submission';

/**
 * The frame of a dialog that sends one form: its title, the API's refusal above the fields, and
 * Cancel and the submit button, both disabled while saving. Put it inside the dialog's
 * `<form (ngSubmit)>`, with the fields as its content; an element marked `hvDialogIntro` goes
 * above the refusal.
 */
@Component({
  selector: 'hv-form-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    <mat-dialog-content class="content">
      <ng-content select="[hvDialogIntro]" />
      @if (submission().problem(); as message) {
        <p class="problem" role="alert">{{ message }}</p>
      }
      <ng-content />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="submission().saving()">
        Cancel
      </button>
      <button mat-flat-button type="submit" [disabled]="submission().saving()">
        {{ submitLabel() }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: contents;
    }
    .content {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding-top: 8px;
    }
    .problem {
      margin: 0 0 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormDialogComponent {
  readonly title = input.required<string>();
  readonly submitLabel = input.required<string>();
  readonly submission = input.required<Pick<FormSubmission<unknown>, 'saving' | 'problem'>>();
}

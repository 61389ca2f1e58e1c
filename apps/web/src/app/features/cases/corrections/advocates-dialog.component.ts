import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { catchError, map, of } from 'rxjs';

import type { AdvocateRef, CaseSummaryResponse } from '@haven/contracts';

import { FieldErrorComponent } from '../../../shared/forms/field-error.component';
import { FormDialogComponent } from '../../../shared/forms/form-dialog.component';
import { minItems } from '../../../shared/forms/form-validators';
import { AssigneesApi } from '../../../shared/people/assignees.api';
import { CaseCorrectionsApi } from './case-corrections.api';
import { type CorrectionDialogData, CorrectionSubmission } from './correction-form';

export interface AdvocatesData extends CorrectionDialogData {
  advocates: readonly AdvocateRef[];
}

/** A supervisor sets who works the case (PUT /api/cases/:caseId/advocates, audited). */
@Component({
  selector: 'hv-advocates-dialog',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    FieldErrorComponent,
    FormDialogComponent,
  ],
  template: `
    <form (ngSubmit)="submit()" novalidate>
      <hv-form-dialog
        title="Change advocates"
        submitLabel="Save advocates"
        [submission]="submission"
      >
        <mat-form-field class="field">
          <mat-label>Advocates</mat-label>
          <mat-select [formControl]="chosen" multiple required>
            @for (person of people(); track person.id) {
              <mat-option [value]="person.id">{{ person.displayName }}</mat-option>
            }
          </mat-select>
          <mat-error [hvErrorOf]="chosen" label="Advocates" />
        </mat-form-field>
      </hv-form-dialog>
    </form>
  `,
  styleUrl: '../records/record-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdvocatesDialogComponent {
  private readonly api = inject(CaseCorrectionsApi);
  private readonly assignees = inject(AssigneesApi);
  protected readonly data = inject<AdvocatesData>(MAT_DIALOG_DATA);
  protected readonly submission = new CorrectionSubmission<CaseSummaryResponse>();
  protected readonly chosen = new FormControl<string[]>(
    this.data.advocates.map((a) => a.id),
    { nonNullable: true, validators: [Validators.required, minItems(1)] },
  );
  protected readonly people = toSignal(
    this.assignees.list().pipe(
      map((list) => {
        const known = new Map(list.items.map((p) => [p.id, p.displayName]));
        for (const a of this.data.advocates) {
          known.set(a.id, known.get(a.id) ?? a.displayName);
        }
        return [...known].map(([id, displayName]) => ({ id, displayName }));
      }),
      catchError(() => of(this.data.advocates.map((a) => ({ ...a })))),
    ),
    { initialValue: [] as Array<{ id: string; displayName: string }> },
  );

  protected submit(): void {
    this.submission.submit(this.chosen, () =>
      this.api.assign(this.data.caseId, { advocateIds: this.chosen.value }),
    );
  }
}

import { DestroyRef, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import type { Observable } from 'rxjs';

import { applyFieldErrors, refusalOf, validationFieldsOf } from './server-errors';

/** What a form says above its fields when the API refuses without naming a field. */
export interface RefusalWords {
  /** 403: the role may not do this. */
  forbidden: string;
  /** 404: the record is gone or not visible to this user (default: the API's message). */
  notFound?: string;
  /** Any other refusal that brings no message of its own. */
  fallback: string;
  /** Refusal codes whose field messages are sentences of their own, whatever their case. */
  sentenceCodes?: readonly string[];
}

/**
 * The save half of a form dialog: refuses to send an invalid form, sends the request once, closes
 * the dialog with the answer, or puts the API's field errors on the fields they name and anything
 * else above the form. A form refused before sending puts focus on its first invalid field, so a
 * keyboard user who pressed Enter hears which field to fix. Create it in a dialog's field
 * initialiser (it injects).
 */
export class FormSubmission<T> {
  private readonly dialogRef = inject<MatDialogRef<unknown, T>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly saving = signal(false);
  readonly problem = signal<string | null>(null);

  constructor(private readonly words: RefusalWords) {}

  submit(form: AbstractControl, request: () => Observable<T>): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      // After the render that shows the errors, so the field is announced with its error.
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), {
        injector: this.injector,
      });
      return;
    }
    this.saving.set(true);
    this.dialogRef.disableClose = true;
    request()
      // A dialog closed by leaving the page must not receive the answer afterwards.
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (answer) => this.dialogRef.close(answer),
        error: (err: unknown) => {
          this.dialogRef.disableClose = false;
          this.saving.set(false);
          this.problem.set(problemOf(form, err, this.words));
        },
      });
  }
}

// A control's own element (an input, a list box), or the first focusable inside it (a radio
// group, a checkbox); groups of controls are skipped, as the form element itself is.
const INVALID_CONTROL = '.ng-invalid:not(form):not([formgroupname]):not([formarrayname])';
const FOCUSABLE = ['input', 'textarea', 'select', 'button', '[tabindex]:not([tabindex="-1"])']
  .map((s) => `${s}:not([disabled])`)
  .join(', ');

/** Focuses the first invalid field in `root`, if there is one. */
export function focusFirstInvalid(root: HTMLElement): void {
  const invalid = root.querySelector<HTMLElement>(INVALID_CONTROL);
  const target = invalid?.matches(FOCUSABLE)
    ? invalid
    : invalid?.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}

/** Places what it can on the form; returns the sentence to show above it, if any. */
export function problemOf(form: AbstractControl, err: unknown, words: RefusalWords): string | null {
  const fields = validationFieldsOf(err);
  if (fields) {
    const unplaced = applyFieldErrors(form, fields);
    return unplaced.length > 0 ? unplaced.join(' ') : null;
  }
  const refusal = refusalOf(err);
  // 401 is the session interceptor's, network errors and 5xx the snackbar's.
  if (!refusal || refusal.status === 401) {
    return null;
  }
  if (refusal.status === 403) {
    return words.forbidden;
  }
  if (refusal.status === 404 && words.notFound) {
    return words.notFound;
  }
  // A domain refusal (a rule, a conflict) names its field when it has one: a message that is a
  // sentence of its own stands alone, a fragment ("must be an active advocate") follows the label.
  const sentences = words.sentenceCodes?.includes(refusal.code ?? '') ?? false;
  const unplaced = refusal.fields.flatMap((f) =>
    sentences || /^[A-Z]/.test(f.message)
      ? applyFieldErrors(form, [{ ...f, message: capitalised(f.message) }], 'sentence')
      : applyFieldErrors(form, [f], 'fragment'),
  );
  if (refusal.fields.length > 0 && unplaced.length === 0) {
    return null;
  }
  return refusal.message ?? words.fallback;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** '' → undefined, so an optional field left empty is not sent at all. */
export function optional(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

import { Directive, ElementRef, inject } from '@angular/core';
import { NgControl, type AbstractControl, type ValidationErrors } from '@angular/forms';

/**
 * On a native date input: a date the browser cannot read ("31 February", a half-typed year)
 * reaches the form as '' and would read "is required"; this marks it `badDate` instead, so the
 * field says "is not a valid date".
 */
@Directive({
  selector: 'input[type=date][matInput], input[type=date][hvDateInput]',
  host: { '(input)': 'check()', '(blur)': 'check()' },
})
export class DateInputDirective {
  private readonly element = inject<ElementRef<HTMLInputElement>>(ElementRef);
  private readonly ngControl = inject(NgControl, { optional: true, self: true });
  private validatorAdded = false;

  protected check(): void {
    const control = this.ngControl?.control;
    if (!control) {
      return;
    }
    if (!this.validatorAdded) {
      control.addValidators(this.badInput);
      this.validatorAdded = true;
    }
    control.updateValueAndValidity();
  }

  private readonly badInput = (_control: AbstractControl): ValidationErrors | null =>
    this.element.nativeElement.validity.badInput ? { badDate: true } : null;
}

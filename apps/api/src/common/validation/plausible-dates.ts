import { DomainError } from '@api/common/errors/domain-error';

/** No one Haven serves was born before this; an earlier year is a typing slip. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/**
 * How far back a case may be opened: an office may enter a case it took on before it used Haven,
 * but not one from before any of its records could exist ('HV-1999-0001' is a typing slip).
 */
export const CASE_OPENED_YEARS_BACK = 10;

/** `on` shifted by whole years, clamped to the month's end (2028-02-29 less one year: 2027-02-28). */
export function yearsBefore(on: string, years: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A 400 naming the field: the date is possible on a calendar but not for this fact. */
export function implausibleDate(code: string, field: string, message: string): DomainError {
  return new DomainError(code, 'invalid', message, field);
}

/** Refuses a date after `today` (Virginia's civil date), naming the field. */
export function assertNotFuture(field: string, on: string | null | undefined, today: string): void {
  if (on && on > today) {
    throw implausibleDate('DATE_IN_FUTURE', field, 'must not be a day that has not come yet');
  }
}

/** A birth date: not in the future, not before 1900. */
export function assertBirthDate(field: string, on: string | null | undefined, today: string): void {
  if (!on) return;
  assertNotFuture(field, on, today);
  if (on < EARLIEST_BIRTH_DATE) {
    throw implausibleDate('DATE_TOO_EARLY', field, `must not be before ${EARLIEST_BIRTH_DATE}`);
  }
}

/** The day a case was opened: not in the future and not more than ten years back. */
export function assertOpenedOn(field: string, on: string, today: string): void {
  assertNotFuture(field, on, today);
  const earliest = yearsBefore(today, CASE_OPENED_YEARS_BACK);
  if (on < earliest) {
    throw implausibleDate(
      'DATE_TOO_EARLY',
      field,
      `must not be more than ${CASE_OPENED_YEARS_BACK} years ago (before ${earliest})`,
    );
  }
}

/** `on` is not before `bound` (both civil dates); `what` says what the bound is. */
export function assertNotBefore(
  field: string,
  on: string | null | undefined,
  bound: string | null | undefined,
  what: string,
): void {
  if (on && bound && on < bound) {
    throw implausibleDate('DATE_BEFORE_EVENT', field, `must not be before ${what} (${bound})`);
  }
}

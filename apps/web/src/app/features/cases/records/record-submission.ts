import type { CourtKind, HearingResponse, OrderKind, OrderResponse } from '@haven/contracts';

import { FormSubmission, type RefusalWords } from '../../../shared/forms/form-submission';

export { optional } from '../../../shared/forms/form-submission';

/** What every record dialog is opened with. */
export interface RecordDialogData {
  caseId: string;
  /** The case's orders, parents first: the ones an attempt, motion or violation can be about. */
  orders: readonly OrderResponse[];
  /** Today where the user is, 'YYYY-MM-DD': the default date of what happened. */
  today: string;
  /** The hearing a continuance or an outcome is for. */
  hearing?: HearingResponse;
  /** The court the case is before, as far as it is known: the default for new records. */
  court?: { courtId: string; courtKind: CourtKind | null; locality: string };
  /** The order kind the case is about (sought at intake or last issued). */
  orderKind?: OrderKind | null;
  /** Supervisors may record a stated expiry beyond the statutory maximum, with a reason. */
  canOverrideExpiry?: boolean;
}

export const RECORD_REFUSALS: RefusalWords = {
  forbidden: 'Your role cannot record this.',
  notFound: 'This case, or the record it refers to, is no longer visible to you.',
  fallback: 'This could not be recorded. Please check it and try again.',
};

/** The save half of a record dialog (see FormSubmission), in the words of recording an event. */
export class RecordSubmission<T> extends FormSubmission<T> {
  constructor() {
    super(RECORD_REFUSALS);
  }
}

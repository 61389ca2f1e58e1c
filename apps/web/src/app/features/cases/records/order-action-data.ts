import type { OrderResponse } from '@haven/contracts';

import type { RecordDialogData } from './record-submission';

/** A record dialog about one order (a dissolution, a short extension). */
export interface OrderActionData extends RecordDialogData {
  order: OrderResponse;
}

import type { DissolveOrderRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

export class DissolveOrderDto implements DissolveOrderRequest {
  @IsCivilDate()
  dissolvedOn!: string;
}

import { ApiProperty } from '@nestjs/swagger';

import type { DissolveOrderRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';

export class DissolveOrderDto implements DissolveOrderRequest {
  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  dissolvedOn!: string;
}

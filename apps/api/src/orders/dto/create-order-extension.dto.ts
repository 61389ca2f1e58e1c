import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

import type { CreateOrderExtensionRequest, OrderExtensionKind } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';

import { CLOCK_TIME, CLOCK_TIME_MESSAGE } from '@api/common/validation/record-validators';
import { StatedExpiryFieldsDto } from './stated-expiry-fields.dto';

export const EXTENSION_KINDS: readonly OrderExtensionKind[] = ['incapacity', 'unserved'];

export class CreateOrderExtensionDto
  extends StatedExpiryFieldsDto
  implements CreateOrderExtensionRequest
{
  @ApiProperty({
    enum: EXTENSION_KINDS,
    enumName: 'OrderExtensionKind',
    description: 'incapacity (R02, family-abuse EPO) or unserved respondent (R07, R24).',
  })
  @IsIn(EXTENSION_KINDS, { message: `must be one of ${EXTENSION_KINDS.join(', ')}` })
  kind!: OrderExtensionKind;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  grantedOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  grantedTime?: string;
}

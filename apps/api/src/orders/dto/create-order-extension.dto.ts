import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { CreateOrderExtensionRequest, OrderExtensionKind } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/docs/schema-options';

import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  IsStorableText,
  NOT_BLANK,
  RequiresField,
} from './order-validators';

export const EXTENSION_KINDS: readonly OrderExtensionKind[] = ['incapacity', 'unserved'];

export class CreateOrderExtensionDto implements CreateOrderExtensionRequest {
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

  @ApiPropertyOptional({
    ...CIVIL_DATE_SCHEMA,
    description: 'The expiry written on the order; checked against the statutory maximum.',
  })
  @IsOptional()
  @IsCivilDate()
  statedExpiryOn?: string;

  @ApiPropertyOptional({ ...CLOCK_TIME_SCHEMA, description: 'Only with statedExpiryOn.' })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  @RequiresField('statedExpiryOn')
  statedExpiryTime?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 1000,
    description:
      "A supervisor's reason for recording a stated expiry beyond the statutory maximum (A-10); " +
      'only with statedExpiryOn.',
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(1000)
  @IsStorableText()
  @RequiresField('statedExpiryOn')
  statedExpiryOverrideReason?: string;
}

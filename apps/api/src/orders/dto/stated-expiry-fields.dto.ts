import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';

import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  NOT_BLANK,
  RequiresField,
} from '@api/common/validation/record-validators';

/**
 * The expiry a court wrote on an order, as every order-creating body takes it (a new order, a
 * granted motion to extend, an incapacity or unserved extension). The rules library checks it
 * against the statutory maximum; a supervisor may record one beyond it with a reason.
 */
export abstract class StatedExpiryFieldsDto {
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
  @RequiresField('statedExpiryOn')
  statedExpiryOverrideReason?: string;
}

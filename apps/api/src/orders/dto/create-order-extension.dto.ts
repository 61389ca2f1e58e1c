import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { CreateOrderExtensionRequest, OrderExtensionKind } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  IsStorableText,
  NOT_BLANK,
  RequiresField,
} from './order-validators';

const EXTENSION_KINDS: readonly OrderExtensionKind[] = ['incapacity', 'unserved'];

export class CreateOrderExtensionDto implements CreateOrderExtensionRequest {
  @IsIn(EXTENSION_KINDS, { message: `must be one of ${EXTENSION_KINDS.join(', ')}` })
  kind!: OrderExtensionKind;

  @IsCivilDate()
  grantedOn!: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  grantedTime?: string;

  @IsOptional()
  @IsCivilDate()
  statedExpiryOn?: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  @RequiresField('statedExpiryOn')
  statedExpiryTime?: string;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(1000)
  @IsStorableText()
  @RequiresField('statedExpiryOn')
  statedExpiryOverrideReason?: string;
}

import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

import type {
  CreateViolationRequest,
  ViolationActCode,
  ViolationActionTaken,
} from '@haven/contracts';
import { VIOLATION_ACTS } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  IsStorableText,
  NOT_BLANK,
} from '@api/orders/dto/order-validators';

const ACTIONS_TAKEN: readonly ViolationActionTaken[] = Object.keys({
  police_report: true,
  violation_petition: true,
  contempt: true,
} satisfies Record<ViolationActionTaken, true>) as ViolationActionTaken[];

export class CreateViolationDto implements CreateViolationRequest {
  @IsUUID('all')
  orderId!: string;

  @IsCivilDate()
  occurredOn!: string;

  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  occurredTime?: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one act' })
  @ArrayMaxSize(VIOLATION_ACTS.length)
  @ArrayUnique({ message: 'must not repeat an act' })
  @IsIn(VIOLATION_ACTS as readonly string[], {
    each: true,
    message: `each must be one of ${VIOLATION_ACTS.join(', ')}`,
  })
  acts!: ViolationActCode[];

  @IsBoolean()
  basedOnViolence!: boolean;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(60)
  @IsStorableText()
  policeReportNumber?: string;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  @IsStorableText()
  officerName?: string;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(40)
  @IsStorableText()
  officerBadge?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIONS_TAKEN.length)
  @ArrayUnique({ message: 'must not repeat an action' })
  @IsIn(ACTIONS_TAKEN, { each: true, message: `each must be one of ${ACTIONS_TAKEN.join(', ')}` })
  actionsTaken?: ViolationActionTaken[];

  @IsOptional()
  @IsBoolean()
  criminalProsecution?: boolean;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(20000)
  @IsStorableText()
  narrative?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
} from '@api/common/openapi/schema-options';
import {
  CLOCK_TIME,
  CLOCK_TIME_MESSAGE,
  NOT_BLANK,
} from '@api/common/validation/record-validators';

export const ACTIONS_TAKEN: readonly ViolationActionTaken[] = Object.keys({
  police_report: true,
  violation_petition: true,
  contempt: true,
} satisfies Record<ViolationActionTaken, true>) as ViolationActionTaken[];

export class CreateViolationDto implements CreateViolationRequest {
  @ApiProperty({ ...UUID_SCHEMA, description: 'The order violated, of the same case.' })
  @IsUUID('all')
  orderId!: string;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  occurredOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(CLOCK_TIME, { message: CLOCK_TIME_MESSAGE })
  occurredTime?: string;

  @ApiProperty({
    enum: VIOLATION_ACTS,
    enumName: 'ViolationActCode',
    isArray: true,
    minItems: 1,
    maxItems: VIOLATION_ACTS.length,
    uniqueItems: true,
    description: 'What the respondent did, in the terms of R18 and R19.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one act' })
  @ArrayMaxSize(VIOLATION_ACTS.length)
  @ArrayUnique({ message: 'must not repeat an act' })
  @IsIn(VIOLATION_ACTS as readonly string[], {
    each: true,
    message: `each must be one of ${VIOLATION_ACTS.join(', ')}`,
  })
  acts!: ViolationActCode[];

  @ApiProperty({
    description: 'The offense is based on an act or threat of violence (R18, R19 item 6).',
  })
  @IsBoolean()
  basedOnViolence!: boolean;

  @ApiPropertyOptional({ minLength: 1, maxLength: 60 })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(60)
  policeReportNumber?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 120, description: 'The responding officer.' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(120)
  officerName?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 40 })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(40)
  officerBadge?: string;

  @ApiPropertyOptional({
    enum: ACTIONS_TAKEN,
    enumName: 'ViolationActionTaken',
    isArray: true,
    maxItems: ACTIONS_TAKEN.length,
    uniqueItems: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIONS_TAKEN.length)
  @ArrayUnique({ message: 'must not repeat an action' })
  @IsIn(ACTIONS_TAKEN, { each: true, message: `each must be one of ${ACTIONS_TAKEN.join(', ')}` })
  actionsTaken?: ViolationActionTaken[];

  @ApiPropertyOptional({
    description:
      'The respondent is criminally prosecuted for it; for an act-of-violence order this bars contempt for the same act (R19).',
  })
  @IsOptional()
  @IsBoolean()
  criminalProsecution?: boolean;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 20000,
    description:
      'Confidential: stored encrypted and never returned; responses say only hasNarrative.',
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(20000)
  narrative?: string;
}

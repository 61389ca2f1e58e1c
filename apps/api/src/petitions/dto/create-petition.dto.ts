import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import type {
  CourtKind,
  CreatePetitionRequest,
  MilitaryCommand,
  MilitaryProtectiveOrderBasis,
  OrderKind,
} from '@haven/contracts';
import { MILITARY_COMMANDS, ORDER_KINDS } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import { COURT_KINDS, NOT_BLANK } from '@api/common/validation/record-validators';

/** R09a: the Military Protective Order a preliminary-order petition rests on. */
export class MilitaryProtectiveOrderDto implements MilitaryProtectiveOrderBasis {
  @ApiProperty({ enum: MILITARY_COMMANDS, enumName: 'MilitaryCommand' })
  @IsIn(MILITARY_COMMANDS as readonly string[], {
    message: `must be one of ${MILITARY_COMMANDS.join(', ')}`,
  })
  issuingCommand!: MilitaryCommand;

  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'Not after the petition was filed.' })
  @IsCivilDate()
  issuedOn!: string;

  @ApiPropertyOptional({ description: 'Entered in NCIC, when known.' })
  @IsOptional()
  @IsBoolean()
  enteredInNcic?: boolean;
}

export class CreatePetitionDto implements CreatePetitionRequest {
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind' })
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKindSought!: OrderKind;

  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  filedOn!: string;

  @ApiProperty({ minLength: 1, maxLength: 80 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(80)
  courtId!: string;

  @ApiProperty({ enum: COURT_KINDS, enumName: 'CourtKind' })
  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  courtKind!: CourtKind;

  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Richmond City' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(120)
  courtLocality!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 40, example: 'JA26-1234' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(40)
  courtCaseNumber?: string;

  @ApiPropertyOptional({
    type: () => MilitaryProtectiveOrderDto,
    description:
      'R09a: a Military Protective Order as a basis; preliminary-order petitions (FA_PPO, AOV_PPO) only.',
  })
  @IsOptional()
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => MilitaryProtectiveOrderDto)
  militaryProtectiveOrder?: MilitaryProtectiveOrderDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

import type { CourtClosureKind, CreateCourtClosureRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { IsNotBlank } from '@api/common/validation/is-not-blank';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';

export const COURT_CLOSURE_KINDS = Object.keys({
  governor_or_president_day: true,
  clerk_closure: true,
  court_closure: true,
} satisfies Record<CourtClosureKind, true>) as CourtClosureKind[];

export class CreateCourtClosureDto implements CreateCourtClosureRequest {
  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  closedOn!: string;

  /** Absent or null: the closure is statewide. */
  @ApiPropertyOptional({
    type: String,
    isArray: true,
    nullable: true,
    minItems: 1,
    maxItems: 200,
    minLength: 1,
    maxLength: 80,
    description: 'The closed courts; absent or null for a statewide closure.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, {
    message: 'must list at least one court, or be left out for a statewide closure',
  })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @IsNotBlank({ each: true, message: 'must not hold a blank court id' })
  @MaxLength(80, { each: true })
  courtIds?: string[] | null;

  /** Closed localities: each stands for every court that serves it (court directory). */
  @ApiPropertyOptional({
    type: String,
    isArray: true,
    nullable: true,
    minItems: 1,
    maxItems: 133,
    maxLength: 80,
    example: ['roanoke-city'],
    description:
      'Closed localities (ids of the court directory): every court serving each is closed.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, {
    message: 'must list at least one locality, or be left out',
  })
  @ArrayMaxSize(133)
  @IsString({ each: true })
  @IsNotBlank({ each: true, message: 'must not hold a blank locality id' })
  @MaxLength(80, { each: true })
  localityIds?: string[] | null;

  @ApiProperty({ description: 'False when the court closed for part of the day only.' })
  @IsBoolean()
  allDay!: boolean;

  @ApiProperty({ enum: COURT_CLOSURE_KINDS, enumName: 'CourtClosureKind' })
  @IsIn(COURT_CLOSURE_KINDS, { message: `must be one of ${COURT_CLOSURE_KINDS.join(', ')}` })
  kind!: CourtClosureKind;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Closed by executive order for snow' })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(200)
  name!: string;

  /** The order or statute that closed the court (rules-spec §2.1): a closure without one is refused. */
  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    description: 'The order or statute that closed the court (rules-spec §2.1).',
  })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(500)
  authority!: string;
}

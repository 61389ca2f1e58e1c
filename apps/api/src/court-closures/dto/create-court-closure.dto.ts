import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

import type { CourtClosureKind, CreateCourtClosureRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

const KINDS = Object.keys({
  governor_or_president_day: true,
  clerk_closure: true,
  court_closure: true,
} satisfies Record<CourtClosureKind, true>) as CourtClosureKind[];

const NOT_BLANK = /\S/;

export class CreateCourtClosureDto implements CreateCourtClosureRequest {
  @IsCivilDate()
  closedOn!: string;

  /** Absent or null: the closure is statewide. */
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, {
    message: 'must list at least one court, or be left out for a statewide closure',
  })
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Matches(NOT_BLANK, { each: true, message: 'must not hold a blank court id' })
  @MaxLength(80, { each: true })
  courtIds?: string[] | null;

  @IsBoolean()
  allDay!: boolean;

  @IsIn(KINDS, { message: `must be one of ${KINDS.join(', ')}` })
  kind!: CourtClosureKind;

  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(200)
  name!: string;

  /** The order or statute that closed the court (rules-spec §2.1): a closure without one is refused. */
  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(500)
  authority!: string;
}

import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { CourtKind, CreatePetitionRequest, OrderKind } from '@haven/contracts';
import { ORDER_KINDS } from '@haven/rules';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

const COURT_KINDS: readonly CourtKind[] = Object.keys({
  JDR: true,
  GDC: true,
  CIRCUIT: true,
  MAGISTRATE: true,
} satisfies Record<CourtKind, true>) as CourtKind[];

/** Refuses blank text: a court or locality of only spaces is not a court. */
const NOT_BLANK = /\S/;

export class CreatePetitionDto implements CreatePetitionRequest {
  @IsIn(ORDER_KINDS as readonly string[], { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKindSought!: OrderKind;

  @IsCivilDate()
  filedOn!: string;

  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(80)
  courtId!: string;

  @IsIn(COURT_KINDS, { message: `must be one of ${COURT_KINDS.join(', ')}` })
  courtKind!: CourtKind;

  @IsString()
  @Matches(NOT_BLANK, { message: 'is required' })
  @MaxLength(120)
  courtLocality!: string;

  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(40)
  courtCaseNumber?: string;
}

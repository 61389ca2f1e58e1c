import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/**
 * Why a recorded fact was wrong: every correction route's body extends this, and the route's
 * service decides which corrections need it (a fact that drives a deadline, eligibility or a
 * confidential value); it is audited with the correction.
 */
export class CorrectionReasonDto {
  @ApiPropertyOptional({
    minLength: 10,
    maxLength: 1000,
    description:
      'Why the recorded fact was wrong; required for a fact that drives a deadline, eligibility or a confidential value.',
  })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'must explain the correction in at least 10 characters' })
  @MaxLength(1000)
  reason?: string;
}

/** For ValidateIf: the field is in the body (a correction names only what it changes). */
export const given = (field: string) => (o: object) =>
  (o as Record<string, unknown>)[field] !== undefined;

/** For ValidateIf: the field is in the body with a value (null clears an optional fact). */
export const givenNotNull = (field: string) => (o: object) =>
  (o as Record<string, unknown>)[field] !== undefined &&
  (o as Record<string, unknown>)[field] !== null;

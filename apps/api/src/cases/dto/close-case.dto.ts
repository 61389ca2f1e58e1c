import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import { LSC_CLOSING_CODES, type CloseCaseRequest, type LscClosingCode } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

const CODES = Object.keys(LSC_CLOSING_CODES) as LscClosingCode[];

export class CloseCaseDto implements CloseCaseRequest {
  @ApiProperty({ format: 'date', example: '2026-12-15' })
  @IsCivilDate()
  closedOn!: string;

  @ApiProperty({ enum: CODES, description: 'LSC Case Service Report closing code.' })
  @IsIn(CODES, { message: `must be one of the LSC closing codes ${CODES.join(', ')}` })
  lscClosingCode!: LscClosingCode;
}

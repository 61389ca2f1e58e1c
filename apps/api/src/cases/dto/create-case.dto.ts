import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import type { CreateCaseRequest, OrderKind } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

const ORDER_KINDS: OrderKind[] = [
  'FA_EPO',
  'FA_PPO',
  'FA_PO',
  'AOV_EPO',
  'AOV_PPO',
  'AOV_PO',
  'ESRO',
  'FSRO',
  'OOS',
];

export class CreateCaseDto implements CreateCaseRequest {
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  clientName!: string;

  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  respondentName!: string;

  @IsOptional()
  @IsIn(ORDER_KINDS, { message: `must be one of ${ORDER_KINDS.join(', ')}` })
  orderKind?: OrderKind;

  @IsCivilDate()
  openedOn!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

import type { PlaceLegalHoldRequest } from '@haven/contracts';

import { IsNotBlank } from '@api/common/validation/is-not-blank';

export class PlaceLegalHoldDto implements PlaceLegalHoldRequest {
  @ApiProperty({
    maxLength: 500,
    description: 'Why the case must be kept (a subpoena, pending litigation); no client details.',
  })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(500)
  reason!: string;
}

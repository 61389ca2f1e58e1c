import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import type { UpdateRetentionSettingsRequest } from '@haven/contracts';

const WHOLE = { message: 'must be a whole number of years' };

// The bounds of retention-policy.ts and the table's checks (decorators need literals).
export class UpdateRetentionSettingsDto implements UpdateRetentionSettingsRequest {
  @ApiProperty({
    type: 'integer',
    minimum: 3,
    maximum: 100,
    description: 'Years after closing before the purge; not less than funderMinimumYears.',
  })
  @IsInt(WHOLE)
  @Min(3)
  @Max(100)
  retentionYears!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 3,
    maximum: 100,
    description: "The longest retention any of the organisation's funders requires (LSC: 5).",
  })
  @IsInt(WHOLE)
  @Min(3)
  @Max(100)
  funderMinimumYears!: number;
}

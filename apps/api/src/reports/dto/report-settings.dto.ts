import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import type { ReportSettingsRequest } from '@haven/contracts';

export class ReportSettingsDto implements ReportSettingsRequest {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 50,
    description: 'Counts under this show as "<N" (security-checks E5); 0 shows every count.',
  })
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(50)
  smallCountThreshold!: number;
}

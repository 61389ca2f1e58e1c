import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

import type { UpdateFollowupSettingsRequest } from '@haven/contracts';

// The same ranges as FOLLOWUP_LEAD_TIME_RANGES in @haven/rules and the table's checks; decorators
// need literals; update-followup-settings.dto.spec.ts proves the DTO agrees with the rules, and
// the schema-drift test the table with the entity.
const WHOLE = { message: 'must be a whole number' };

export class UpdateFollowupSettingsDto implements UpdateFollowupSettingsRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 365, description: 'Days before expiry.' })
  @IsInt(WHOLE)
  @Min(1)
  @Max(365)
  talkToClientDaysBeforeExpiry!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    description: 'Days before the extension-filing deadline.',
  })
  @IsInt(WHOLE)
  @Min(1)
  @Max(365)
  fileMotionDaysBeforeDeadline!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    description: 'Days before the extension-filing deadline, if no motion is recorded.',
  })
  @IsInt(WHOLE)
  @Min(1)
  @Max(365)
  escalateDaysBeforeDeadline!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 30,
    description: 'Court days after a preliminary order is issued.',
  })
  @IsInt(WHOLE)
  @Min(1)
  @Max(30)
  firstServiceCheckCourtDays!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 30,
    description: 'Court days between service checks.',
  })
  @IsInt(WHOLE)
  @Min(1)
  @Max(30)
  serviceCheckEveryCourtDays!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 30,
    description: 'Court days before the hearing of an unserved preliminary order.',
  })
  @IsInt(WHOLE)
  @Min(1)
  @Max(30)
  extendPreliminaryCourtDaysBeforeHearing!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 60,
    description: 'Days before a medical-records notice is due.',
  })
  @IsInt(WHOLE)
  @Min(0)
  @Max(60)
  medicalNoticeReminderDays!: number;
}

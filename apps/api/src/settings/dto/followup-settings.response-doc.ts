import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  FollowupSettings,
  FollowupSettingsResponse,
  FollowupSettingsUpdatedResponse,
} from '@haven/contracts';

import { INSTANT_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({ name: 'FollowupSettings', description: "An organisation's follow-up lead times." })
export class FollowupSettingsDoc implements FollowupSettings {
  @ApiProperty({ type: 'integer' }) talkToClientDaysBeforeExpiry!: number;
  @ApiProperty({ type: 'integer' }) fileMotionDaysBeforeDeadline!: number;
  @ApiProperty({ type: 'integer' }) escalateDaysBeforeDeadline!: number;
  @ApiProperty({ type: 'integer' }) firstServiceCheckCourtDays!: number;
  @ApiProperty({ type: 'integer' }) serviceCheckEveryCourtDays!: number;
  @ApiProperty({ type: 'integer' }) extendPreliminaryCourtDaysBeforeHearing!: number;
  @ApiProperty({ type: 'integer' }) medicalNoticeReminderDays!: number;
}

@ApiSchema({
  name: 'FollowupSettingsResponse',
  description: 'The lead times in force, the defaults, and when they were last changed.',
})
export class FollowupSettingsResponseDoc implements FollowupSettingsResponse {
  @ApiProperty({ type: FollowupSettingsDoc }) settings!: FollowupSettingsDoc;
  @ApiProperty({ type: FollowupSettingsDoc }) defaults!: FollowupSettingsDoc;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) updatedAt!: string | null;
}

@ApiSchema({
  name: 'FollowupSettingsUpdatedResponse',
  description: 'The new lead times and how many open cases had their follow-ups replanned.',
})
export class FollowupSettingsUpdatedResponseDoc
  extends FollowupSettingsResponseDoc
  implements FollowupSettingsUpdatedResponse
{
  @ApiProperty({ type: 'integer' }) replannedCases!: number;
}

import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { QueueJobResponse, QueueJobState, QueueStatusResponse } from '@haven/contracts';

import { INSTANT_SCHEMA } from '@api/common/openapi/schema-options';

import { QUEUE_JOB_STATES } from '../queue-job-states';

@ApiSchema({ name: 'QueueJobResponse', description: "One of the organisation's follow-up jobs." })
export class QueueJobResponseDoc implements QueueJobResponse {
  @ApiProperty({ example: 'fu-6f1c2a5e-8a53-4c3e-9d0b-0d7c1c9f4b21-v1' }) id!: string;
  @ApiProperty({ example: 'deliver-followup' }) name!: string;
  @ApiProperty({ enum: QUEUE_JOB_STATES, enumName: 'QueueJobState' }) state!: QueueJobState;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
  @ApiProperty({ ...INSTANT_SCHEMA, description: 'When the job falls due.' }) runAt!: string;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) processedAt!: string | null;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) failedReason!: string | null;
}

@ApiSchema({ name: 'QueueJobCounts', description: "The organisation's jobs in each state." })
export class QueueJobCountsDoc implements Record<QueueJobState, number> {
  @ApiProperty({ type: 'integer', minimum: 0 }) waiting!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) delayed!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) active!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) completed!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) failed!: number;
}

@ApiSchema({
  name: 'QueueStatusResponse',
  description:
    "The signed-in organisation's follow-up jobs: counts by state and the newest jobs. Other " +
    "organisations' jobs, the housekeeping queue and the Redis server are not shown.",
})
export class QueueStatusResponseDoc implements QueueStatusResponse {
  @ApiProperty({ enum: ['followups'] }) queue!: 'followups';
  @ApiProperty({ type: QueueJobCountsDoc }) counts!: QueueJobCountsDoc;
  @ApiProperty({ type: [QueueJobResponseDoc] }) jobs!: QueueJobResponseDoc[];
}

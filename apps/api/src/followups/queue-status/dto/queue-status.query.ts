import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import type { QueueJobState, QueueStatusQuery } from '@haven/contracts';

import { QUEUE_JOB_STATES } from '../queue-job-states';

export const DEFAULT_JOB_LIMIT = 50;

export class QueueStatusQueryDto implements QueueStatusQuery {
  @ApiPropertyOptional({
    enum: QUEUE_JOB_STATES,
    enumName: 'QueueJobState',
    description: 'List only jobs in this state; the counts always cover every state.',
  })
  @IsOptional()
  @IsIn(QUEUE_JOB_STATES, { message: `must be one of ${QUEUE_JOB_STATES.join(', ')}` })
  state?: QueueJobState;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: DEFAULT_JOB_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

import type { ReassignTaskRequest } from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

export class ReassignTaskDto implements ReassignTaskRequest {
  @ApiProperty({ ...UUID_SCHEMA, description: 'A user of the same organisation.' })
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId!: string;
}

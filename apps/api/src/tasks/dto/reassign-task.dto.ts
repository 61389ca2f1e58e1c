import { IsUUID } from 'class-validator';

import type { ReassignTaskRequest } from '@haven/contracts';

export class ReassignTaskDto implements ReassignTaskRequest {
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId!: string;
}

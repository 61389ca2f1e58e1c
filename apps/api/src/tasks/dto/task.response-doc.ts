import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  TASK_STATUSES,
  type TaskListResponse,
  type TaskResponse,
  type TaskStatus,
} from '@haven/contracts';

import { AdvocateRefDoc } from '@api/cases/dto/case.response-doc';
import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'TaskResponse',
  description: "One task, with its case's reference and client name (never a confidential field).",
})
export class TaskResponseDoc implements TaskResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty() clientName!: string;
  @ApiProperty() title!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) dueOn!: string;
  @ApiProperty({ enum: TASK_STATUSES, enumName: 'TaskStatus' }) status!: TaskStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The rule that made the task, if any.',
  })
  sourceRule!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The citation of the rule that made the task, verbatim.',
  })
  sourceCitation!: string | null;
  @ApiProperty({ type: AdvocateRefDoc, nullable: true }) assignee!: AdvocateRefDoc | null;
  @ApiProperty({ type: AdvocateRefDoc, nullable: true }) completedBy!: AdvocateRefDoc | null;
  @ApiProperty({ ...INSTANT_SCHEMA, nullable: true }) completedAt!: string | null;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({ name: 'TaskListResponse', description: 'A page of tasks, by (dueOn, id).' })
export class TaskListResponseDoc implements TaskListResponse {
  @ApiProperty({ type: [TaskResponseDoc] }) items!: TaskResponseDoc[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass back as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}

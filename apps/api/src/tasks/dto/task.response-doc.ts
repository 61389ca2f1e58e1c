import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  TASK_STATUSES,
  type PlannedReminderListResponse,
  type PlannedReminderResponse,
  type TaskDraftLink,
  type TaskListResponse,
  type TaskResponse,
  type TaskStatus,
} from '@haven/contracts';

import { AdvocateRefDoc } from '@api/cases/dto/case.response-doc';
import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'TaskDraftLink',
  description: "A task's prefilled draft: POST `api` with `body` answers the DOCX.",
})
export class TaskDraftLinkDoc implements TaskDraftLink {
  @ApiProperty({ enum: ['extension_motion'] }) kind!: 'extension_motion';
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty(UUID_SCHEMA) orderId!: string;
  @ApiProperty({ example: '/api/cases/<caseId>/documents/extension-motion' }) api!: string;
  @ApiProperty({ example: { orderId: '<orderId>' } }) body!: { orderId: string };
}

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
  @ApiProperty({
    ...CIVIL_DATE_SCHEMA,
    description: 'The legal deadline a follow-up task serves (its act-by day), else its due day.',
  })
  dueOn!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The day the reminder is for.' })
  forDay!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true, description: 'The legal deadline served.' })
  deadlineOn!: string | null;
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
  @ApiProperty({
    type: TaskDraftLinkDoc,
    nullable: true,
    description: 'The prefilled draft the task asks for (motion to extend), else null.',
  })
  draft!: TaskDraftLinkDoc | null;
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

@ApiSchema({ name: 'PlannedReminder', description: 'A reminder planned, not yet due.' })
export class PlannedReminderResponseDoc implements PlannedReminderResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty() clientName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The day the reminder is for.' })
  forDay!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The legal deadline it serves.' })
  deadlineOn!: string;
  @ApiProperty({ type: String, nullable: true }) ruleId!: string | null;
  @ApiProperty({ type: String, nullable: true }) citation!: string | null;
}

@ApiSchema({
  name: 'PlannedReminderListResponse',
  description: 'Planned reminders, soonest first.',
})
export class PlannedReminderListResponseDoc implements PlannedReminderListResponse {
  @ApiProperty({ type: [PlannedReminderResponseDoc] }) items!: PlannedReminderResponseDoc[];
}

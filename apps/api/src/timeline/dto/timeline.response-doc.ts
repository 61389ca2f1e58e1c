import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

import type {
  TimelineDetails,
  TimelineEntry,
  TimelineEntryKind,
  TimelineRefs,
  TimelineResponse,
} from '@haven/contracts';

import { UUID_SCHEMA, valuesOf } from '@api/common/openapi/schema-options';
import { DateTimeResponseDoc } from '@api/orders/dto/order.response-doc';

const ENTRY_KINDS = valuesOf<TimelineEntryKind>({
  petition_filed: true,
  order_issued: true,
  order_served: true,
  order_extended: true,
  order_dissolved: true,
  order_extension_granted: true,
  extension_motion_filed: true,
  extension_motion_decided: true,
  service_attempt: true,
  hearing_scheduled: true,
  hearing_held: true,
  hearing_continued: true,
  violation: true,
  note: true,
  task_due: true,
  task_completed: true,
  deadline: true,
});

@ApiSchema({ name: 'TimelineRefs', description: 'Ids of the records an entry is about.' })
export class TimelineRefsDoc implements TimelineRefs {
  @ApiPropertyOptional(UUID_SCHEMA) petitionId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) orderId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) parentOrderId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) extensionId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) motionId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) serviceAttemptId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) hearingId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) nextHearingId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) violationId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) noteId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) taskId?: string;
  @ApiPropertyOptional(UUID_SCHEMA) deadlineId?: string;
}

@ApiSchema({ name: 'TimelineEntry', description: 'One thing that happened or is due in a case.' })
export class TimelineEntryDoc implements TimelineEntry {
  @ApiProperty({
    type: DateTimeResponseDoc,
    description: "Civil date in Virginia, with the wall-clock time 'HH:MM' where one is known.",
  })
  at!: DateTimeResponseDoc;

  @ApiProperty({ enum: ENTRY_KINDS, enumName: 'TimelineEntryKind' }) kind!: TimelineEntryKind;
  @ApiProperty({ description: 'Plain English.' }) title!: string;
  @ApiProperty({ type: TimelineRefsDoc }) refs!: TimelineRefsDoc;

  @ApiProperty({
    type: 'object',
    additionalProperties: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      nullable: true,
    },
    description:
      "Non-confidential facts of the entry, by kind: service method and outcome, violation acts and potential class, a deadline's rule and citation, a task's status, a note's author.",
  })
  details!: TimelineDetails;
}

@ApiSchema({ name: 'TimelineResponse', description: "A case's timeline, in date order." })
export class TimelineResponseDoc implements TimelineResponse {
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty({ type: [TimelineEntryDoc] }) entries!: TimelineEntryDoc[];
}

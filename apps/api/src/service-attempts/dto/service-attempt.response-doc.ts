import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  OrderStatus,
  RecordServiceAttemptResponse,
  RevealServiceNotesResponse,
  ServedBy,
  ServiceAttemptOrderState,
  ServiceAttemptResponse,
  ServiceMethod,
  ServiceOutcome,
} from '@haven/contracts';

import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  INSTANT_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';
import { COMPUTED_ORDER_STATUSES, ORDER_STATUSES } from '@api/orders/dto/order.response-doc';

import { SERVED_BY, SERVICE_METHODS, SERVICE_OUTCOMES } from './record-service-attempt.dto';

const NOTES_REVEAL_STATUSES = valuesOf<RevealServiceNotesResponse['status']>({
  revealed: true,
  empty: true,
  unavailable: true,
});

@ApiSchema({
  name: 'ServiceAttemptResponse',
  description:
    'One attempt to serve the respondent. Notes are never listed; `hasNotes` says whether any exist.',
})
export class ServiceAttemptResponseDoc implements ServiceAttemptResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty(UUID_SCHEMA) orderId!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) attemptedOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) attemptedTime!: string | null;
  @ApiProperty({ enum: SERVED_BY, enumName: 'ServedBy' }) servedBy!: ServedBy;
  @ApiProperty({ enum: SERVICE_METHODS, enumName: 'ServiceMethod' }) method!: ServiceMethod;
  @ApiProperty({ enum: SERVICE_OUTCOMES, enumName: 'ServiceOutcome' }) outcome!: ServiceOutcome;
  @ApiProperty() hasNotes!: boolean;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({
  name: 'ServiceAttemptOrderState',
  description:
    'The served order after an attempt was recorded: its recorded service and computed status.',
})
export class ServiceAttemptOrderStateDoc implements ServiceAttemptOrderState {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) servedOn!: string | null;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) servedTime!: string | null;
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus' }) recordedStatus!: OrderStatus;

  @ApiProperty({
    enum: COMPUTED_ORDER_STATUSES,
    enumName: 'ComputedOrderStatus',
    nullable: true,
    description: 'The status @haven/rules computes for today from every fact of the case.',
  })
  computedStatus!: ServiceAttemptOrderState['computedStatus'];
}

@ApiSchema({ name: 'RecordServiceAttemptResponse' })
export class RecordServiceAttemptResponseDoc
  extends ServiceAttemptResponseDoc
  implements RecordServiceAttemptResponse
{
  @ApiProperty({ type: ServiceAttemptOrderStateDoc }) order!: ServiceAttemptOrderStateDoc;
}

@ApiSchema({
  name: 'RevealServiceNotesResponse',
  description:
    'The decrypted notes of one attempt. `empty` when none were recorded; `unavailable` when the ' +
    'stored value could not be decrypted (tampering or a retired key), which is logged as an alert.',
})
export class RevealServiceNotesResponseDoc implements RevealServiceNotesResponse {
  @ApiProperty(UUID_SCHEMA) attemptId!: string;
  @ApiProperty({ enum: NOTES_REVEAL_STATUSES }) status!: RevealServiceNotesResponse['status'];
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
}

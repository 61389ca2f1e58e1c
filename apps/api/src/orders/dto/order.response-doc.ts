import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  ComputedOrderStatus,
  CourtKind,
  CreateOrderExtensionResponse,
  DateTimeResponse,
  ExtensionMotionOutcome,
  ExtensionMotionResponse,
  ExtensionMotionTimeliness,
  ExtensionMotionTimelinessResponse,
  GrantExtensionMotionResponse,
  OrderComputedResponse,
  OrderExtensionKind,
  OrderExtensionOf,
  OrderExtensionResponse,
  OrderKind,
  OrderListResponse,
  OrderResponse,
  OrderServiceSummaryResponse,
  OrderStatus,
  ReliefCode,
} from '@haven/contracts';
import { ORDER_KINDS, RELIEF_CODES } from '@haven/rules';

import { DeadlineResponseDoc } from '@api/cases/dto/case.response-doc';
import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';

import { EXTENSION_KINDS } from './create-order-extension.dto';
import { COURT_KINDS } from '@api/common/validation/record-validators';

export const ORDER_STATUSES = valuesOf<OrderStatus>({
  granted: true,
  served: true,
  extended: true,
  dissolved: true,
  expired: true,
  superseded: true,
});

export const COMPUTED_ORDER_STATUSES = valuesOf<ComputedOrderStatus>({
  not_yet_issued: true,
  awaiting_service: true,
  in_effect: true,
  expired: true,
  ended_at_hearing: true,
  superseded: true,
  dissolved: true,
});

const EXTENSION_OF = valuesOf<OrderExtensionOf>({
  incapacity: true,
  unserved: true,
  motion_to_extend: true,
});

const MOTION_OUTCOMES = valuesOf<ExtensionMotionOutcome>({
  pending: true,
  granted: true,
  denied: true,
  withdrawn: true,
});

const MOTION_TIMELINESS = valuesOf<ExtensionMotionTimeliness>({
  timely: true,
  untimely: true,
  not_available_in_virginia: true,
  not_applicable: true,
});

const SERVICE_STATES = valuesOf<OrderServiceSummaryResponse['status']>({
  served: true,
  unserved: true,
});

@ApiSchema({
  name: 'DateTimeResponse',
  description:
    'A civil date in Virginia with the wall-clock time where the rule or record has one.',
})
export class DateTimeResponseDoc implements DateTimeResponse {
  @ApiProperty(CIVIL_DATE_SCHEMA) date!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) time!: string | null;
}

@ApiSchema({ name: 'OrderExtensionResponse', description: 'One short extension of an order.' })
export class OrderExtensionResponseDoc implements OrderExtensionResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) orderId!: string;
  @ApiProperty({ enum: EXTENSION_KINDS, enumName: 'OrderExtensionKind' })
  kind!: OrderExtensionKind;
  @ApiProperty(CIVIL_DATE_SCHEMA) grantedOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) grantedTime!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) statedExpiryOn!: string | null;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) statedExpiryTime!: string | null;
  @ApiProperty({ type: String, nullable: true }) statedExpiryOverrideReason!: string | null;
}

@ApiSchema({
  name: 'ExtensionMotionTimelinessResponse',
  description: "The rules library's judgement of a motion to extend (R11, R25, R33, R38).",
})
export class ExtensionMotionTimelinessResponseDoc implements ExtensionMotionTimelinessResponse {
  @ApiProperty({ enum: MOTION_TIMELINESS, enumName: 'ExtensionMotionTimeliness' })
  status!: ExtensionMotionTimeliness;
  @ApiProperty() ruleId!: string;
  @ApiProperty({
    example: 'R11@2021-01-01',
    description: 'The rule version in force when the motion was filed.',
  })
  ruleVersion!: string;
  @ApiProperty() citation!: string;
  @ApiProperty() explanation!: string;
  @ApiProperty({ type: DateTimeResponseDoc, nullable: true })
  expiresAt!: DateTimeResponseDoc | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) fileBy!: string | null;
}

@ApiSchema({ name: 'ExtensionMotionResponse', description: 'One motion to extend.' })
export class ExtensionMotionResponseDoc implements ExtensionMotionResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) orderId!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) filedOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) filedTime!: string | null;
  @ApiProperty({ enum: MOTION_OUTCOMES, enumName: 'ExtensionMotionOutcome' })
  outcome!: ExtensionMotionOutcome;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) decidedOn!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true, description: 'The extended order, once granted.' })
  grantedOrderId!: string | null;
  @ApiProperty({ type: ExtensionMotionTimelinessResponseDoc, nullable: true })
  timeliness!: ExtensionMotionTimelinessResponseDoc | null;
}

@ApiSchema({
  name: 'OrderServiceSummaryResponse',
  description: 'Service of one order (R26), as the rules library reads the recorded attempts.',
})
export class OrderServiceSummaryResponseDoc implements OrderServiceSummaryResponse {
  @ApiProperty({ enum: SERVICE_STATES }) status!: OrderServiceSummaryResponse['status'];
  @ApiProperty({ type: DateTimeResponseDoc, nullable: true }) servedAt!: DateTimeResponseDoc | null;
  @ApiProperty({ type: Boolean, nullable: true }) personal!: boolean | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) attempts!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) unsuccessfulAttempts!: number;
}

@ApiSchema({
  name: 'OrderComputedResponse',
  description: "An order's computed status, expiry and enforceability today.",
})
export class OrderComputedResponseDoc implements OrderComputedResponse {
  @ApiProperty({ enum: COMPUTED_ORDER_STATUSES, enumName: 'ComputedOrderStatus' })
  status!: ComputedOrderStatus;
  @ApiProperty() statusRuleId!: string;
  @ApiProperty() statusExplanation!: string;
  @ApiProperty({ type: DateTimeResponseDoc, nullable: true })
  expiresAt!: DateTimeResponseDoc | null;
  @ApiProperty({ type: DateTimeResponseDoc, nullable: true })
  enforceableFrom!: DateTimeResponseDoc | null;
  @ApiProperty({ type: DateTimeResponseDoc, nullable: true }) endedAt!: DateTimeResponseDoc | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) supersededBy!: string | null;
  @ApiProperty({ type: OrderServiceSummaryResponseDoc }) service!: OrderServiceSummaryResponseDoc;
  @ApiProperty({ enum: MOTION_TIMELINESS, enumName: 'ExtensionMotionTimeliness', nullable: true })
  extensionMotion!: ExtensionMotionTimeliness | null;
}

@ApiSchema({
  name: 'OrderResponse',
  description:
    'One order: what was recorded, its extensions and motions, and what the rules compute from it.',
})
export class OrderResponseDoc implements OrderResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind' }) kind!: OrderKind;
  @ApiProperty(CIVIL_DATE_SCHEMA) issuedOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) issuedTime!: string | null;
  @ApiProperty() issuingCourtId!: string;
  @ApiProperty({ enum: COURT_KINDS, enumName: 'CourtKind' }) issuingCourtKind!: CourtKind;
  @ApiProperty() issuingLocality!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) statedExpiryOn!: string | null;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) statedExpiryTime!: string | null;
  @ApiProperty({ type: String, nullable: true }) statedExpiryOverrideReason!: string | null;
  @ApiProperty({ enum: RELIEF_CODES, enumName: 'ReliefCode', isArray: true })
  reliefs!: ReliefCode[];
  @ApiProperty({ enum: ORDER_STATUSES, enumName: 'OrderStatus', description: 'As recorded.' })
  status!: OrderStatus;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) parentOrderId!: string | null;
  @ApiProperty({ enum: EXTENSION_OF, enumName: 'OrderExtensionOf', nullable: true })
  extensionOf!: OrderExtensionOf | null;
  @ApiProperty() protectsMinorAgainstParent!: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) petitionerHouseholdAtInitial!: boolean | null;
  @ApiProperty({ description: 'FA_PO only (R10 version 2); false on every other kind.' })
  priorFamilyAbuseOrderFinding!: boolean;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true })
  priorFamilyAbuseOrderIssuedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuingState!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) registeredOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) registeredCourtId!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) dissolvedOn!: string | null;
  @ApiProperty({ type: [OrderExtensionResponseDoc] }) extensions!: OrderExtensionResponseDoc[];
  @ApiProperty({ type: [ExtensionMotionResponseDoc] })
  extensionMotions!: ExtensionMotionResponseDoc[];
  @ApiProperty({
    type: OrderComputedResponseDoc,
    nullable: true,
    description: 'Null only when the rules library could not compute the case.',
  })
  computed!: OrderComputedResponseDoc | null;
  @ApiProperty({
    type: [DeadlineResponseDoc],
    description: "This order's deadlines as the rules library computes them today.",
  })
  deadlines!: DeadlineResponseDoc[];
}

@ApiSchema({ name: 'OrderListResponse', description: 'Parents before children.' })
export class OrderListResponseDoc implements OrderListResponse {
  @ApiProperty({ type: [OrderResponseDoc] }) items!: OrderResponseDoc[];
}

@ApiSchema({
  name: 'GrantExtensionMotionResponse',
  description: 'The decided motion and the new order.',
})
export class GrantExtensionMotionResponseDoc implements GrantExtensionMotionResponse {
  @ApiProperty({ type: ExtensionMotionResponseDoc }) motion!: ExtensionMotionResponseDoc;
  @ApiProperty({ type: OrderResponseDoc }) order!: OrderResponseDoc;
}

@ApiSchema({
  name: 'CreateOrderExtensionResponse',
  description: 'The extension and the order with its new expiry.',
})
export class CreateOrderExtensionResponseDoc implements CreateOrderExtensionResponse {
  @ApiProperty({ type: OrderExtensionResponseDoc }) extension!: OrderExtensionResponseDoc;
  @ApiProperty({ type: OrderResponseDoc }) order!: OrderResponseDoc;
}

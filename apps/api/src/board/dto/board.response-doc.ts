import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  BOARD_DAYS,
  BOARD_FIRST_ITEMS,
  type AtRiskBasis,
  type AtRiskItem,
  type AtRiskReason,
  type AtRiskResponse,
  type AtRiskRule,
  type BoardCaseRef,
  type BoardDays,
  type BoardGroup,
  type BoardItem,
  type BoardItemsResponse,
  type BoardResponse,
  type BoardWeek,
  type OrderKind,
} from '@haven/contracts';
import { ORDER_KINDS } from '@haven/rules';

import { AdvocateRefDoc } from '@api/cases/dto/case.response-doc';
import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';

const AT_RISK_REASONS = valuesOf<AtRiskReason>({
  final_order_expiring_without_motion: true,
  preliminary_hearing_respondent_unserved: true,
  emergency_order_without_petition: true,
  final_order_unserved: true,
  protection_lapsed: true,
});

const BOARD_ITEM_TYPES = valuesOf<BoardItem['type']>({ deadline: true, task: true });

@ApiSchema({
  name: 'BoardCaseRef',
  description:
    "The case an item belongs to: its reference and the client's name, nothing confidential.",
})
export class BoardCaseRefDoc implements BoardCaseRef {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() clientName!: string;
}

@ApiSchema({ name: 'BoardItem', description: 'One open deadline or open task on the board.' })
export class BoardItemDoc implements BoardItem {
  @ApiProperty({ enum: BOARD_ITEM_TYPES }) type!: BoardItem['type'];
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ type: BoardCaseRefDoc }) case!: BoardCaseRefDoc;
  @ApiProperty({ description: 'The deadline kind (`order_expiry`, `file_by`, ...), or `task`.' })
  kind!: string;
  @ApiProperty({ description: 'Plain English: what is due.' }) title!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) dueOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) dueTime!: string | null;
  @ApiProperty({ description: 'Due before today and still open.' }) overdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) ruleId!: string | null;
  @ApiProperty({ type: String, nullable: true }) citation!: string | null;
  @ApiProperty({ type: String, nullable: true }) explanation!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) orderId!: string | null;
  @ApiProperty({ type: AdvocateRefDoc, nullable: true, description: 'Tasks only.' })
  assignee!: AdvocateRefDoc | null;
}

@ApiSchema({
  name: 'BoardGroup',
  description:
    "One advocate's items (or the unassigned ones): exact counts of the group, and its first page, overdue first, then by due date and time.",
})
export class BoardGroupDoc implements BoardGroup {
  @ApiProperty({
    type: AdvocateRefDoc,
    nullable: true,
    description: 'Null for the items whose case has no advocate.',
  })
  advocate!: AdvocateRefDoc | null;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Every item of the group.' })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdueCount!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of `total`, the open tasks.' })
  taskCount!: number;
  @ApiProperty({ type: [BoardItemDoc], description: `The first ${BOARD_FIRST_ITEMS} items.` })
  items!: BoardItemDoc[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For GET /api/board/items; null when `items` holds the whole group.',
  })
  nextCursor!: string | null;
}

@ApiSchema({ name: 'BoardWeek', description: 'Distinct open deadlines due in one week.' })
export class BoardWeekDoc implements BoardWeek {
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: "The week's first day." }) from!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) deadlines!: number;
}

@ApiSchema({
  name: 'BoardResponse',
  description:
    "The open deadlines and open tasks due within `days`, by advocate: every group's counts and first page.",
})
export class BoardResponseDoc implements BoardResponse {
  @ApiProperty(CIVIL_DATE_SCHEMA) today!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) through!: string;
  @ApiProperty({ type: Number, enum: BOARD_DAYS }) days!: BoardDays;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Open deadlines due before today, each counted once.',
  })
  overdueDeadlines!: number;
  @ApiProperty({ type: [BoardWeekDoc], description: 'From today through `through`.' })
  deadlineWeeks!: BoardWeekDoc[];
  @ApiProperty({ type: [BoardGroupDoc] }) groups!: BoardGroupDoc[];
}

@ApiSchema({
  name: 'BoardItemsResponse',
  description: 'A page of one board group, in board order.',
})
export class BoardItemsResponseDoc implements BoardItemsResponse {
  @ApiProperty({ type: [BoardItemDoc] }) items!: BoardItemDoc[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

@ApiSchema({ name: 'AtRiskRule', description: 'A stored deadline that makes an item urgent.' })
export class AtRiskRuleDoc implements AtRiskRule {
  @ApiProperty() ruleId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) dueOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) dueTime!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) actByOn!: string | null;
  @ApiProperty() citation!: string;
  @ApiProperty() explanation!: string;
}

@ApiSchema({ name: 'AtRiskBasis', description: 'Why an item is listed: the rule, in words.' })
class AtRiskBasisDoc implements AtRiskBasis {
  @ApiProperty() ruleId!: string;
  @ApiProperty() citation!: string;
  @ApiProperty() explanation!: string;
}

@ApiSchema({
  name: 'AtRiskGap',
  description: 'A lapse: first day without an order, and the day one was entered again.',
})
class AtRiskGapDoc {
  @ApiProperty(CIVIL_DATE_SCHEMA) from!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) until!: string | null;
}

@ApiSchema({ name: 'AtRiskOrderRef' })
class AtRiskOrderRefDoc {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind' }) kind!: OrderKind;
  @ApiProperty(CIVIL_DATE_SCHEMA) issuedOn!: string;
}

@ApiSchema({ name: 'AtRiskItem', description: 'One order whose protection is at risk.' })
export class AtRiskItemDoc implements AtRiskItem {
  @ApiProperty({ enum: AT_RISK_REASONS, enumName: 'AtRiskReason' }) reason!: AtRiskReason;
  @ApiProperty({ type: BoardCaseRefDoc }) case!: BoardCaseRefDoc;
  @ApiProperty({ type: AtRiskOrderRefDoc }) order!: AtRiskOrderRefDoc;
  @ApiProperty({
    ...UUID_SCHEMA,
    nullable: true,
    description: 'The hearing that is near (preliminary orders), when one is scheduled.',
  })
  hearingId!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The expiry, or the hearing.' })
  dueOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) dueTime!: string | null;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Court days from today until `dueOn` (0 when due today or already past).',
  })
  courtDaysLeft!: number;
  @ApiProperty({ type: [AtRiskRuleDoc], description: 'The one to act on first comes first.' })
  rules!: AtRiskRuleDoc[];
  @ApiProperty({ type: AtRiskBasisDoc }) basis!: AtRiskBasisDoc;
  @ApiProperty({ type: AtRiskGapDoc, nullable: true }) gap!: AtRiskGapDoc | null;
}

@ApiSchema({
  name: 'AtRiskResponse',
  description: 'A page of the orders whose protection is at risk, and how many there are.',
})
export class AtRiskResponseDoc implements AtRiskResponse {
  @ApiProperty(CIVIL_DATE_SCHEMA) today!: string;
  @ApiProperty({ type: 'integer' }) courtDays!: number;
  @ApiProperty({ type: [AtRiskItemDoc], description: 'One page, most urgent first.' })
  items!: AtRiskItemDoc[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Every item of the list.' })
  total!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}

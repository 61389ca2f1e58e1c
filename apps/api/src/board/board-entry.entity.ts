import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { CaseEntity } from '@api/case-files/case.entity';

/** The group key of items whose case has no advocate (and, for a task, no assignee). */
export const UNASSIGNED_GROUP = '00000000-0000-0000-0000-000000000000';

/**
 * One open deadline or open task of an open case in one board group (issue 18). Written only by
 * the database's triggers (migrations 1795660000000 and 1795710000000) from case_deadline, task,
 * case_assignment, case_file, client and protective_order; the board reads them and never writes
 * them.
 */
@Entity({ name: 'board_entry' })
// A group's page in board order (overdue first, then due date and time).
@Index('ix_board_entry_group_order', [
  'organisationId',
  'groupKey',
  'dueOn',
  'sortTime',
  'itemType',
  'itemId',
])
@Index('ix_board_entry_case', ['caseId'])
@ForeignKey(() => CaseEntity, ['caseId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_board_entry_case',
  onDelete: 'CASCADE',
})
@Check('ck_board_entry_item_type', `item_type in ('deadline', 'task')`)
export class BoardEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_board_entry' })
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  /** The group: an advocate of the case, a task's assignee, or UNASSIGNED_GROUP. */
  @Column({ name: 'group_key', type: 'uuid' })
  groupKey!: string;

  @Column({ name: 'item_type', type: 'text' })
  itemType!: 'deadline' | 'task';

  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  /** The due time, 00:00 when untimed, so a day's untimed items come first. */
  @Column({ name: 'sort_time', type: 'time' })
  sortTime!: string;

  /** True on exactly one row of each item: organisation-wide counts count items once. */
  @Column({ type: 'boolean' })
  counted!: boolean;

  // What the board shows of the item (migration 1795710000000), so a page reads no other table.
  @Column({ type: 'text', default: '' })
  reference!: string;

  @Column({ name: 'client_name', type: 'text', default: '' })
  clientName!: string;

  /** Deadlines only, as the next six. */
  @Column({ name: 'deadline_kind', type: 'text', nullable: true })
  deadlineKind!: string | null;

  @Column({ name: 'rule_id', type: 'text', nullable: true })
  ruleId!: string | null;

  @Column({ type: 'text', nullable: true })
  citation!: string | null;

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  @Column({ name: 'due_time', type: 'time', nullable: true })
  dueTime!: string | null;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ name: 'order_kind', type: 'text', nullable: true })
  orderKind!: string | null;

  /** Tasks only, as the next two. */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ name: 'source_rule', type: 'text', nullable: true })
  sourceRule!: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;
}

/** How many entries a board group has on one day, of one kind (kept by the same triggers). */
@Entity({ name: 'board_day_count' })
// A group's sums over its horizon, index-only.
@Index('ix_board_day_count_sums', [
  'organisationId',
  'groupKey',
  'dueOn',
  'itemType',
  'entries',
  'items',
])
@Check('ck_board_day_count_item_type', `item_type in ('deadline', 'task')`)
export class BoardDayCountEntity {
  @PrimaryColumn({
    name: 'organisation_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_board_day_count',
  })
  organisationId!: string;

  @PrimaryColumn({
    name: 'group_key',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_board_day_count',
  })
  groupKey!: string;

  @PrimaryColumn({ name: 'due_on', type: 'date', primaryKeyConstraintName: 'pk_board_day_count' })
  dueOn!: string;

  @PrimaryColumn({
    name: 'item_type',
    type: 'text',
    primaryKeyConstraintName: 'pk_board_day_count',
  })
  itemType!: 'deadline' | 'task';

  /** Entries of the group that day: an item of two advocates is one entry in each group. */
  @Column({ type: 'integer' })
  entries!: number;

  /** Of those, the ones counted for the organisation (each item once). */
  @Column({ type: 'integer' })
  items!: number;
}

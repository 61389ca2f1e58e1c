import type { AdvocateRef, OrderKind } from './cases';

/** How far ahead the supervisor's board looks, in calendar days. */
export type BoardDays = 7 | 30 | 90;

/** Every horizon the board offers. */
export const BOARD_DAYS: readonly BoardDays[] = [7, 30, 90];

/** The case an item belongs to: its reference and the client's name, never a confidential field. */
export interface BoardCaseRef {
  id: string;
  reference: string;
  clientName: string;
}

/** One open deadline or open task on the board. */
export interface BoardItem {
  type: 'deadline' | 'task';
  id: string;
  case: BoardCaseRef;
  /** The deadline kind (`order_expiry`, `file_by`, …), or `task`. */
  kind: string;
  /** Plain English: what is due. */
  title: string;
  dueOn: string;
  dueTime: string | null;
  /** Due before today and still open. */
  overdue: boolean;
  ruleId: string | null;
  citation: string | null;
  explanation: string | null;
  orderId: string | null;
  /** Tasks only: who the task is assigned to. */
  assignee: AdvocateRef | null;
}

/** How many items of each group the board shows before "Show more". */
export const BOARD_FIRST_ITEMS = 5;

/** How many more items each "Show more" of a group loads, unless `limit` says otherwise. */
export const BOARD_PAGE_SIZE = 20;

/**
 * One advocate's items (or the unassigned ones) due within the board's horizon: exact counts of
 * the whole group, and its first page, overdue first, then by due date and time.
 */
export interface BoardGroup {
  /** Null for the group of items whose case has no advocate. */
  advocate: AdvocateRef | null;
  /** Every item of the group, overdue included. */
  total: number;
  overdueCount: number;
  /** Of `total`, the open tasks. */
  taskCount: number;
  /** The first `BOARD_FIRST_ITEMS` items. */
  items: BoardItem[];
  /** For GET /api/board/items: the next page; null when `items` holds the whole group. */
  nextCursor: string | null;
}

/** Distinct open deadlines due in one week of the horizon. */
export interface BoardWeek {
  /** The week's first day: today, then every 7 days. */
  from: string;
  deadlines: number;
}

/**
 * GET /api/board: the organisation's open deadlines and open tasks due within `days`, by advocate:
 * every group with its counts and first page, and the organisation's deadlines per week.
 */
export interface BoardResponse {
  today: string;
  through: string;
  days: BoardDays;
  /** Open deadlines due before today; a deadline of two advocates' case counts once. */
  overdueDeadlines: number;
  /** Open deadlines by week from today through `through`, each counted once. */
  deadlineWeeks: BoardWeek[];
  groups: BoardGroup[];
}

/** GET /api/board/items: the next page of one group of the board. */
export interface BoardItemsQuery {
  /** The board's horizon, as the page before. */
  days?: BoardDays;
  /** The group's (or the previous page's) `nextCursor`: it names the group and the position. */
  cursor: string;
  limit?: number;
}

/** A page of one board group, in board order. */
export interface BoardItemsResponse {
  items: BoardItem[];
  nextCursor: string | null;
}

/** Why an order's protection is at risk. */
export type AtRiskReason =
  /** A final order expires soon and no motion to extend is recorded. */
  | 'final_order_expiring_without_motion'
  /** A preliminary order's hearing is near and the respondent has not been served. */
  | 'preliminary_hearing_respondent_unserved'
  /** An emergency order expires soon and no petition was filed since it was issued. */
  | 'emergency_order_without_petition'
  /** A final order was entered but the respondent has not been served: it is not in effect (R26). */
  | 'final_order_unserved'
  /**
   * An emergency or preliminary order expired before the next order was entered, or expired with
   * nothing after it: the client was, or still is, without an order.
   */
  | 'protection_lapsed';

/** The rule that makes a reason a risk, in words, with its citation. */
export interface AtRiskBasis {
  ruleId: string;
  citation: string;
  /** One sentence about this order: what is missing and why it matters. */
  explanation: string;
}

/** A stored deadline that makes an item urgent, with the rule a person can check. */
export interface AtRiskRule {
  ruleId: string;
  kind: string;
  dueOn: string;
  dueTime: string | null;
  actByOn: string | null;
  citation: string;
  explanation: string;
}

/** One order whose protection is at risk. */
export interface AtRiskItem {
  reason: AtRiskReason;
  case: BoardCaseRef;
  order: { id: string; kind: OrderKind; issuedOn: string };
  /** The hearing that is near (preliminary orders), when one is scheduled. */
  hearingId: string | null;
  /** The day that makes it urgent: the expiry, or the hearing. */
  dueOn: string;
  dueTime: string | null;
  /** Court days from today until `dueOn` (0 when due today or already past). */
  courtDaysLeft: number;
  /** The stored deadlines of the order behind the item, the one to act on first. */
  rules: AtRiskRule[];
  /** Why this is listed, with the rule and citation behind it. */
  basis: AtRiskBasis;
  /** For a lapse: the first and last day without an order (`until` null while it lasts). */
  gap: { from: string; until: string | null } | null;
}

/** How many at-risk items a page holds unless `limit` says otherwise, and at most. */
export const AT_RISK_PAGE_SIZE = 50;
export const AT_RISK_MAX_PAGE_SIZE = 200;

/**
 * GET /api/board/at-risk: one page of the orders at risk, most urgent first (by due day, then
 * time with untimed items last), with how many the whole list holds.
 */
export interface AtRiskResponse {
  today: string;
  courtDays: number;
  items: AtRiskItem[];
  /** Every item of the list, on this page or after it. */
  total: number;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

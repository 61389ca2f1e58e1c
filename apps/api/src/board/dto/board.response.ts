import type { AdvocateRef, AtRiskRule, BoardCaseRef, BoardItem } from '@haven/contracts';
import { getRule, RULE_IDS, type RuleId } from '@haven/rules';

import { deadlineTitle } from '@api/timeline/plain-english';

import type { BoardItemRow } from '../board-entries.repository';
import type { CaseRefRow, OrderDeadlineRow } from '../board.repository';

export function toCaseRef(row: CaseRefRow): BoardCaseRef {
  return { id: row.caseId, reference: row.reference, clientName: row.clientName };
}

/** Allow-list of a board item: a deadline with its rule, or a task with its assignee. */
export function toBoardItem(row: BoardItemRow, today: string): BoardItem {
  return row.itemType === 'deadline' ? toDeadlineItem(row, today) : toTaskItem(row, today);
}

function toDeadlineItem(row: BoardItemRow, today: string): BoardItem {
  const kind = row.kind ?? '';
  return {
    type: 'deadline',
    id: row.itemId,
    case: toCaseRef(row),
    kind,
    title: deadlineTitle(kind, row.orderKind),
    dueOn: row.dueOn,
    dueTime: row.dueTime,
    overdue: row.dueOn < today,
    ruleId: row.ruleId,
    citation: row.citation,
    explanation: row.explanation,
    orderId: row.orderId,
    assignee: null,
  };
}

const KNOWN_RULES = new Set<string>(Object.values(RULE_IDS));

/** A task made by a rule shows that rule's citation and title. */
function toTaskItem(row: BoardItemRow, today: string): BoardItem {
  const rule =
    row.sourceRule && KNOWN_RULES.has(row.sourceRule) ? getRule(row.sourceRule as RuleId) : null;
  const assignee: AdvocateRef | null = row.assigneeId
    ? { id: row.assigneeId, displayName: row.assigneeName ?? '' }
    : null;
  return {
    type: 'task',
    id: row.itemId,
    case: toCaseRef(row),
    kind: 'task',
    title: row.title ?? '',
    dueOn: row.dueOn,
    dueTime: null,
    overdue: row.dueOn < today,
    ruleId: row.sourceRule,
    citation: rule?.citations[0]?.text ?? null,
    explanation: rule?.title ?? null,
    orderId: null,
    assignee,
  };
}

export function toAtRiskRule(row: OrderDeadlineRow): AtRiskRule {
  return {
    ruleId: row.ruleId,
    kind: row.kind,
    dueOn: row.dueOn,
    dueTime: row.dueTime,
    actByOn: row.actByOn,
    citation: row.citation,
    explanation: row.explanation,
  };
}

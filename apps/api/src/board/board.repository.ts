// Row shapes the supervisor views' repositories share (board-entries.repository.ts reads the
// board, at-risk.repository.ts the at-risk list). Civil dates come back as text and times as
// 'HH:MM', so no date passes through a JS Date.

/** The case an item belongs to: its reference and the client's name, never a confidential field. */
export interface CaseRefRow {
  caseId: string;
  reference: string;
  clientName: string;
}

/** A stored deadline of an order, with the rule a person can check. */
export interface OrderDeadlineRow {
  orderId: string;
  ruleId: string;
  kind: string;
  dueOn: string;
  dueTime: string | null;
  actByOn: string | null;
  citation: string;
  explanation: string;
}

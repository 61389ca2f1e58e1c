/** What can be exported: each list screen, and the supervisor's printable deadline report. */
export const EXPORT_KINDS = [
  'cases',
  'deadlines',
  'tasks',
  'hearings',
  'violations',
  'service_activities',
  'deadline_report',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'expired'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const REPORT_PERIODS = ['week', 'month'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** The same filters as the screens; each kind reads the ones that apply to it. */
export interface ExportFilters {
  stage?: string;
  orderKind?: string;
  courtId?: string;
  locality?: string;
  q?: string;
  /** Tasks: status and whose. */
  status?: string;
  assignee?: 'me' | 'any';
  /** Deadlines, hearings, violations, tasks: a civil date range (inclusive). */
  from?: string;
  to?: string;
  /** The board's horizon in days (deadlines), as the board screen offers it. */
  days?: number;
  /** The printable report: a week or a month starting on `from`. */
  period?: ReportPeriod;
}

export interface CreateExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  filters?: ExportFilters;
  /** CSV only: a UTF-8 byte-order mark so Excel reads the accents right. */
  forExcel?: boolean;
  /** Include the sealed columns; needs `case:reveal_confidential` and a fresh second factor. */
  includeConfidential?: boolean;
}

export interface ExportResponse {
  id: string;
  kind: ExportKind;
  format: ExportFormat;
  status: ExportStatus;
  /** 0 to 100. */
  progress: number;
  rowCount: number | null;
  includeConfidential: boolean;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string | null;
  /** Present once done: the download route (same user, same organisation, live session only). */
  downloadPath: string | null;
}

export interface ExportListResponse {
  items: ExportResponse[];
}

/** One client whose confidential data the user saw (revealed) or took away (exported). */
export interface BreachScopeClient {
  clientId: string;
  clientName: string;
  caseReferences: string[];
  revealed: boolean;
  exported: boolean;
}

export interface BreachScopeExport {
  id: string;
  kind: string;
  format: string;
  createdAt: string;
  rowCount: number | null;
  includeConfidential: boolean;
}

export interface BreachScopeResponse {
  userId: string;
  from: string;
  to: string;
  clients: BreachScopeClient[];
  exports: BreachScopeExport[];
}

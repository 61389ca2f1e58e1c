// Funder reports (issue 15, ../shared/domain/funder-reports.md): what a case records for them, and
// the counts the report engine answers. Aggregates hold counts only, never an identifier
// (security-checks E5).

/** Who pays for a funding source, which decides the reports it is counted in. */
export type Funder = 'LSC' | 'OVW' | 'VOCA' | 'VA_DCJS' | 'OTHER';
export const FUNDERS: readonly Funder[] = ['LSC', 'OVW', 'VOCA', 'VA_DCJS', 'OTHER'];

/** An organisation's grant or other funding source; it is in use from `startsOn` to `endsOn`. */
export interface FundingSourceResponse {
  id: string;
  name: string;
  funder: Funder;
  grantNumber: string | null;
  startsOn: string;
  endsOn: string | null;
}

/** GET /api/funding-sources: every source of the organisation, by name. */
export interface FundingSourceListResponse {
  items: FundingSourceResponse[];
}

/** POST /api/funding-sources body; PUT /api/funding-sources/:id takes the same. */
export interface SaveFundingSourceRequest {
  name: string;
  funder: Funder;
  grantNumber?: string | null;
  startsOn: string;
  endsOn?: string | null;
}

/** Kinds of service a case's activity log records (OVW "times provided", VOCA services). */
export type ServiceActivityKind =
  | 'advice'
  | 'brief_service'
  | 'petition_drafted'
  | 'hearing_accompaniment'
  | 'representation_at_hearing'
  | 'safety_planning'
  | 'information'
  | 'referral'
  | 'family_law_assistance'
  | 'immigration_assistance'
  | 'emotional_support'
  | 'other';
export const SERVICE_ACTIVITY_KINDS: Readonly<Record<ServiceActivityKind, string>> = {
  advice: 'Advice',
  brief_service: 'Brief service',
  petition_drafted: 'Petition drafted',
  hearing_accompaniment: 'Hearing accompaniment',
  representation_at_hearing: 'Representation at a hearing',
  safety_planning: 'Safety planning',
  information: 'Information',
  referral: 'Referral',
  family_law_assistance: 'Family law assistance',
  immigration_assistance: 'Immigration assistance',
  emotional_support: 'Emotional support',
  other: 'Other service',
};

/** POST /api/cases/:caseId/activities body. `performedBy` defaults to the caller. */
export interface CreateServiceActivityRequest {
  kind: ServiceActivityKind;
  performedOn: string;
  minutes: number;
  performedBy?: string;
  fundingSourceIds: string[];
}

/** One logged service on a case. */
export interface ServiceActivityResponse {
  id: string;
  kind: ServiceActivityKind;
  performedOn: string;
  minutes: number;
  performedBy: { id: string; displayName: string } | null;
  fundingSourceIds: string[];
}

/** GET /api/cases/:caseId/activities, newest first. */
export interface ServiceActivityListResponse {
  items: ServiceActivityResponse[];
}

/** OVW's answer for a person at closing or on a declined intake. */
export type ServiceStatus = 'served' | 'partially_served' | 'not_served';
export const SERVICE_STATUSES: Readonly<Record<ServiceStatus, string>> = {
  served: 'Served',
  partially_served: 'Partially served',
  not_served: 'Not served',
};

/** Why someone seeking services was not served (OVW LAV). */
export type NotServedReason =
  | 'conflict_of_interest'
  | 'outside_service_area'
  | 'program_capacity'
  | 'did_not_meet_criteria'
  | 'declined_services'
  | 'other';
export const NOT_SERVED_REASONS: Readonly<Record<NotServedReason, string>> = {
  conflict_of_interest: 'Conflict of interest',
  outside_service_area: 'Outside the service area',
  program_capacity: 'Program at capacity',
  did_not_meet_criteria: 'Did not meet criteria',
  declined_services: 'Declined services',
  other: 'Other reason',
};

export type Victimisation =
  | 'domestic_violence'
  | 'dating_violence'
  | 'family_violence'
  | 'sexual_assault'
  | 'stalking_harassment'
  | 'other';
export const VICTIMISATIONS: Readonly<Record<Victimisation, string>> = {
  domestic_violence: 'Domestic violence',
  dating_violence: 'Dating violence',
  family_violence: 'Family violence',
  sexual_assault: 'Sexual assault',
  stalking_harassment: 'Stalking or harassment',
  other: 'Other victimisation',
};

export type LegalIssue =
  | 'protection_order'
  | 'divorce'
  | 'custody_visitation'
  | 'child_support'
  | 'housing'
  | 'immigration'
  | 'public_benefits'
  | 'employment'
  | 'criminal_court_advocacy'
  | 'other';
export const LEGAL_ISSUES: Readonly<Record<LegalIssue, string>> = {
  protection_order: 'Protection order',
  divorce: 'Divorce',
  custody_visitation: 'Custody and visitation',
  child_support: 'Child support',
  housing: 'Housing',
  immigration: 'Immigration',
  public_benefits: 'Public benefits',
  employment: 'Employment',
  criminal_court_advocacy: 'Criminal court advocacy',
  other: 'Other legal issue',
};

/** LSC CSR problem codes of the family-law block (2017 CSR Handbook). */
export type LscProblemCode = '30' | '31' | '32' | '33' | '34' | '35' | '36' | '37' | '38' | '39';
export const LSC_PROBLEM_CODES: Readonly<Record<LscProblemCode, string>> = {
  '30': 'Adoption',
  '31': 'Custody / visitation',
  '32': 'Divorce / separation / annulment',
  '33': 'Adult guardianship / conservatorship',
  '34': 'Name change',
  '35': 'Parental rights termination',
  '36': 'Paternity',
  '37': 'Domestic abuse',
  '38': 'Support',
  '39': 'Other family',
};

export type RaceEthnicity =
  | 'american_indian_alaska_native'
  | 'asian'
  | 'black_african_american'
  | 'hispanic_latino'
  | 'middle_eastern_north_african'
  | 'native_hawaiian_pacific_islander'
  | 'white'
  | 'other';
export const RACE_ETHNICITIES: Readonly<Record<RaceEthnicity, string>> = {
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black_african_american: 'Black or African American',
  hispanic_latino: 'Hispanic or Latino',
  middle_eastern_north_african: 'Middle Eastern or North African',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Pacific Islander',
  white: 'White',
  other: 'Another race or ethnicity',
};

export type Gender = 'woman' | 'man' | 'non_binary' | 'other' | 'not_reported';
export const GENDERS: Readonly<Record<Gender, string>> = {
  woman: 'Woman',
  man: 'Man',
  non_binary: 'Non-binary',
  other: 'Another gender identity',
  not_reported: 'Not reported',
};

export type AgeBand = '0_12' | '13_17' | '18_24' | '25_59' | '60_plus' | 'not_reported';
export const AGE_BANDS: Readonly<Record<AgeBand, string>> = {
  '0_12': '0–12',
  '13_17': '13–17',
  '18_24': '18–24',
  '25_59': '25–59',
  '60_plus': '60 and older',
  not_reported: 'Not reported',
};

/** A yes/no question a survivor may leave unanswered. */
export type Reported = 'yes' | 'no' | 'not_reported';

/** Special classifications (OVW, VOCA PMT), each optional. */
export type SpecialClassification =
  | 'disability'
  | 'deafHardOfHearing'
  | 'limitedEnglish'
  | 'immigrantRefugeeAsylum'
  | 'rural'
  | 'homeless'
  | 'lgbtq'
  | 'veteran';
export const SPECIAL_CLASSIFICATIONS: Readonly<Record<SpecialClassification, string>> = {
  disability: 'Person with disabilities',
  deafHardOfHearing: 'Deaf or hard of hearing',
  limitedEnglish: 'Limited English proficiency',
  immigrantRefugeeAsylum: 'Immigrant, refugee or asylum seeker',
  rural: 'Lives in a rural area',
  homeless: 'Homeless',
  lgbtq: 'LGBTQ',
  veteran: 'Veteran',
};

/** The client's demographics: no field is ever required; an empty race list is "not reported". */
export interface Demographics {
  raceEthnicity: RaceEthnicity[];
  gender: Gender;
  ageBand: AgeBand;
  classifications: Record<SpecialClassification, Reported>;
}

/** A case's funding: which source paid for the work, from when to when. */
export interface CaseFundingInput {
  fundingSourceId: string;
  startsOn: string;
  endsOn?: string | null;
}

/** GET and PUT /api/cases/:caseId/report-facts: everything a case records for the funders. */
export interface ReportFacts {
  victimisations: Victimisation[];
  legalIssues: LegalIssue[];
  lscProblemCode: LscProblemCode | null;
  serviceStatus: ServiceStatus | null;
  notServedReason: NotServedReason | null;
  demographics: Demographics;
  funding: CaseFundingInput[];
}
export type ReportFactsResponse = ReportFacts;
export type SaveReportFactsRequest = ReportFacts;

/**
 * POST /api/intake-declines body: someone who sought services and was turned away. No name or
 * contact is kept: only what the funders count.
 */
export interface CreateIntakeDeclineRequest {
  declinedOn: string;
  reason: NotServedReason;
  victimisations: Victimisation[];
  fundingSourceId?: string | null;
}
export interface IntakeDeclineResponse extends Required<CreateIntakeDeclineRequest> {
  id: string;
}

/** How a report's periods are cut. */
export type ReportCalendar =
  'calendar_year' | 'half_year' | 'federal_fy_quarter' | 'state_fy_quarter';

export type ReportId = 'lsc-csr' | 'ovw-lav' | 'voca-pmt' | 'va-vsdcs' | 'outcomes';
export const REPORT_IDS: readonly ReportId[] = [
  'lsc-csr',
  'ovw-lav',
  'voca-pmt',
  'va-vsdcs',
  'outcomes',
];

/** One report a staff member may run. */
export interface ReportSummary {
  id: ReportId;
  title: string;
  /** Whose funding decides what the report counts; null: the whole organisation. */
  funders: Funder[] | null;
  calendar: ReportCalendar;
  /** How many parts the year has (1, 2 or 4). */
  parts: number;
  description: string;
}

/** GET /api/reports. */
export interface ReportListResponse {
  items: ReportSummary[];
  /** Counts under this are shown as "<N" (security-checks E5); 0 shows every count. */
  smallCountThreshold: number;
}

/** GET /api/reports/run query: the year is the calendar's (FY 2027 = Oct 2026–Sep 2027 federally). */
export interface RunReportQuery {
  report: ReportId;
  year: number;
  part?: number;
  fundingSourceId?: string;
}

/** One number: null when suppressed as a small count. Never an identifier. */
export interface ReportCell {
  column: string;
  count: number | null;
  display: string;
}

export interface ReportRow {
  key: string;
  label: string;
  cells: ReportCell[];
}

/** One table of a report. `columns` label the cells of every row, in order. */
export interface ReportSection {
  id: string;
  title: string;
  counting: string;
  columns: Array<{ key: string; label: string }>;
  rows: ReportRow[];
  /** Whether a cell can be drilled into (a median cannot). */
  drillable: boolean;
}

/** GET /api/reports/run. */
export interface ReportRunResponse {
  report: ReportId;
  title: string;
  period: { label: string; from: string; to: string };
  sections: ReportSection[];
  /** The same counts as CSV, ready to save. */
  csv: string;
  csvFilename: string;
}

/** GET /api/reports/cases query: the cell of a run to list the cases behind. */
export interface ReportDrillQuery extends RunReportQuery {
  section: string;
  row: string;
  column: string;
}

export interface ReportDrillItem {
  /** Null for a declined intake, which has no case. */
  caseId: string | null;
  reference: string | null;
  clientName: string | null;
  openedOn: string | null;
  note: string | null;
}

/** GET /api/reports/cases: the cases behind one count, those the caller may read. */
export interface ReportDrillResponse {
  items: ReportDrillItem[];
  /** Rows behind the count that the caller may not read, left out. */
  hidden: number;
}

/** PUT /api/reports/settings body. */
export interface ReportSettingsRequest {
  smallCountThreshold: number;
}

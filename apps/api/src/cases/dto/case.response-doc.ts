import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  CASE_SEARCH_COUNT_CAP,
  CASE_STAGES,
  type AdvocateRef,
  type CappedCount,
  type CaseDetailResponse,
  type CaseNoticeKind,
  type CaseNoticeResponse,
  type CaseListResponse,
  type CaseStage,
  type CaseSummaryResponse,
  type ConflictCheckResponse,
  type ConflictHit,
  type CourtKind,
  type DeadlineConfidence,
  type DeadlineResponse,
  type EligibilityResponse,
  type OrderKind,
  type Relationship,
  type StatedCheck,
} from '@haven/contracts';
import { ORDER_KINDS, RELATIONSHIPS } from '@haven/rules';

import { REVEAL_PARTIES } from '@api/confidential/dto/reveal.dto';
import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';
import { COURT_KINDS } from '@api/common/validation/record-validators';

// OpenAPI shapes of the case responses. Each class implements its @haven/contracts type, so the
// compiler refuses a doc that misses a field the builders in case.response.ts return.

const DEADLINE_CONFIDENCES = valuesOf<DeadlineConfidence>({
  source_explicit: true,
  interpretation: true,
  advisory: true,
});

const STATED_CHECKS = valuesOf<StatedCheck>({
  matches: true,
  earlier: true,
  exceeds_maximum: true,
});

@ApiSchema({ name: 'AdvocateRef', description: 'A user a case or task is assigned to.' })
export class AdvocateRefDoc implements AdvocateRef {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() displayName!: string;
}

@ApiSchema({
  name: 'DeadlineResponse',
  description: 'A deadline as the rules library computed it, with what a person needs to check it.',
})
export class DeadlineResponseDoc implements DeadlineResponse {
  @ApiProperty({ example: 'VA.FA.PO.EXPIRY' }) ruleId!: string;
  @ApiProperty({
    example: 'R10@2025-07-01',
    description: 'The rule version applied: rule number and the effective date of its version.',
  })
  ruleVersion!: string;
  @ApiProperty({ example: 'order_expiry' }) kind!: string;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) orderId!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) hearingId!: string | null;
  @ApiProperty(CIVIL_DATE_SCHEMA) dueOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) dueTime!: string | null;

  @ApiProperty({
    ...CIVIL_DATE_SCHEMA,
    nullable: true,
    description: 'The last day to act when it comes before `dueOn` (e.g. to file a motion).',
  })
  actByOn!: string | null;

  @ApiProperty({ example: 'Va. Code § 16.1-279.1(B)' }) citation!: string;
  @ApiProperty({ description: 'One plain-English sentence a person can check.' })
  explanation!: string;

  @ApiProperty({ enum: DEADLINE_CONFIDENCES, enumName: 'DeadlineConfidence' })
  confidence!: DeadlineConfidence;

  @ApiProperty({ type: [String] }) assumptions!: string[];

  @ApiProperty({
    enum: STATED_CHECKS,
    enumName: 'StatedCheck',
    nullable: true,
    description: 'A stated court date checked against the computed maximum.',
  })
  statedCheck!: StatedCheck | null;

  @ApiProperty({ example: 'open' }) state!: string;
}

@ApiSchema({
  name: 'CaseSummaryResponse',
  description: 'One row of a caseload. No confidential field ever appears here.',
})
export class CaseSummaryResponseDoc implements CaseSummaryResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ example: 'HV-2026-0042' }) reference!: string;
  @ApiProperty() clientName!: string;
  @ApiProperty() respondentName!: string;
  @ApiProperty({ enum: CASE_STAGES, enumName: 'CaseStage' }) stage!: CaseStage;
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind', nullable: true })
  orderKind!: OrderKind | null;
  @ApiProperty({ type: [AdvocateRefDoc] }) advocates!: AdvocateRefDoc[];
  @ApiProperty(CIVIL_DATE_SCHEMA) openedOn!: string;
  @ApiProperty({ type: DeadlineResponseDoc, nullable: true })
  nextDeadline!: DeadlineResponseDoc | null;
}

@ApiSchema({ name: 'CaseloadDueSoon' })
class CaseloadDueSoonDoc {
  @ApiProperty({ type: 'integer', minimum: 0 }) overdue!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) dueWithin7Days!: number;
}

@ApiSchema({ name: 'CappedCount' })
class CappedCountDoc implements CappedCount {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: CASE_SEARCH_COUNT_CAP }) count!: number;
  @ApiProperty({ description: 'More cases than `count` match.' }) more!: boolean;
}

@ApiSchema({ name: 'CaseListResponse', description: 'A page of cases.' })
export class CaseListResponseDoc implements CaseListResponse {
  @ApiProperty({ type: [CaseSummaryResponseDoc] }) items!: CaseSummaryResponseDoc[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass back as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;

  @ApiProperty({
    type: CaseloadDueSoonDoc,
    nullable: true,
    description:
      'Over the whole filtered caseload, not just this page: cases whose next deadline is ' +
      `overdue or due within 7 days. Null when a search matches more than ${CASE_SEARCH_COUNT_CAP} cases.`,
  })
  dueSoon!: CaseloadDueSoonDoc | null;

  @ApiProperty({
    type: CappedCountDoc,
    nullable: true,
    description:
      'With `q` only: how many cases of the filtered caseload match, counted up to ' +
      `${CASE_SEARCH_COUNT_CAP}; \`more\` is true beyond it ("more than ${CASE_SEARCH_COUNT_CAP}").`,
  })
  searchMatches!: CappedCountDoc | null;
}

@ApiSchema({ name: 'EligibleOrder' })
class EligibleOrderDoc {
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind' }) kind!: OrderKind;
  @ApiProperty({ enum: COURT_KINDS, enumName: 'CourtKind' }) court!: CourtKind;
  @ApiProperty() reason!: string;
  @ApiProperty() citation!: string;
}

@ApiSchema({ name: 'EligibilityReason' })
class EligibilityReasonDoc {
  @ApiProperty() ruleId!: string;
  @ApiProperty({
    example: 'R15@2021-01-01',
    description: "The rule version in force on the last act of abuse's day.",
  })
  ruleVersion!: string;
  @ApiProperty() text!: string;
  @ApiProperty() citation!: string;
}

@ApiSchema({
  name: 'EligibilityResponse',
  description: 'Which orders the rules library says the petitioner may seek, and where (R14-R16).',
})
export class EligibilityResponseDoc implements EligibilityResponse {
  @ApiProperty() familyOrHouseholdMember!: boolean;
  @ApiProperty() borderline!: boolean;
  @ApiProperty({ type: [EligibleOrderDoc] }) orders!: EligibleOrderDoc[];
  @ApiProperty({ type: [EligibilityReasonDoc] }) reasons!: EligibilityReasonDoc[];
}

const NOTICE_KINDS = valuesOf<CaseNoticeKind>({
  task: true,
  warning: true,
  attorney_review: true,
});

@ApiSchema({
  name: 'CaseNoticeResponse',
  description:
    'A task, warning or attorney-review flag the rules library raised for the case (not a dated deadline).',
})
export class CaseNoticeResponseDoc implements CaseNoticeResponse {
  @ApiProperty({ enum: NOTICE_KINDS, enumName: 'CaseNoticeKind' }) kind!: CaseNoticeKind;
  @ApiProperty({ example: 'VA.FA.PO.EXTENSION' }) ruleId!: string;
  @ApiProperty({
    example: 'R12@2025-07-01',
    description: 'The rule version in force on the day of the fact that raised the notice.',
  })
  ruleVersion!: string;
  @ApiProperty({ description: 'One plain-English sentence: what to do or to know.' }) text!: string;
  @ApiProperty({ example: 'Va. Code § 16.1-279.1(B)' }) citation!: string;
  @ApiProperty({ type: [String], example: ['A-06'] }) assumptions!: string[];
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) orderId!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) hearingId!: string | null;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) violationId!: string | null;
}

@ApiSchema({
  name: 'CaseDetailResponse',
  description: 'The case page. Confidential fields are absent: they come only from a reveal.',
})
export class CaseDetailResponseDoc extends CaseSummaryResponseDoc implements CaseDetailResponse {
  @ApiProperty({ enum: RELATIONSHIPS, enumName: 'Relationship', nullable: true })
  relationship!: Relationship | null;

  @ApiProperty() livesWithRespondent!: boolean;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) cohabitationEndedOn!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) lastActOfAbuseOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) venueLocality!: string | null;
  @ApiProperty({ enum: COURT_KINDS, enumName: 'CourtKind', nullable: true })
  courtKind!: CourtKind | null;
  @ApiProperty({ type: String, nullable: true }) courtId!: string | null;
  @ApiProperty() respondentKnownFirearms!: boolean;
  @ApiProperty({ type: EligibilityResponseDoc, nullable: true })
  eligibility!: EligibilityResponseDoc | null;
  @ApiProperty({ type: [DeadlineResponseDoc] }) deadlines!: DeadlineResponseDoc[];
  @ApiProperty({
    type: [CaseNoticeResponseDoc],
    description: 'Attorney reviews first, then tasks, then warnings.',
  })
  notices!: CaseNoticeResponseDoc[];
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) closedOn!: string | null;
}

const CONFLICT_MATCHES = valuesOf<ConflictHit['matchedOn'][number]>({
  name: true,
  alias: true,
  date_of_birth: true,
});

@ApiSchema({
  name: 'ConflictHit',
  description: "One match of a new party against the organisation's existing parties.",
})
export class ConflictHitDoc implements ConflictHit {
  @ApiProperty({ enum: REVEAL_PARTIES, description: 'Which new party matched.' })
  party!: 'client' | 'respondent';

  @ApiProperty({
    enum: REVEAL_PARTIES,
    description: 'Whom it matched: an existing client or respondent.',
  })
  matchedRole!: 'client' | 'respondent';

  @ApiProperty() matchedName!: string;
  @ApiProperty({ enum: CONFLICT_MATCHES, isArray: true })
  matchedOn!: Array<ConflictHit['matchedOn'][number]>;
  @ApiProperty({ type: [String] }) caseReferences!: string[];
}

@ApiSchema({
  name: 'ConflictCheckResponse',
  description: 'Any hit blocks opening until a supervisor overrides it with a reason.',
})
export class ConflictCheckResponseDoc implements ConflictCheckResponse {
  @ApiProperty({ type: [ConflictHitDoc] }) hits!: ConflictHitDoc[];
}

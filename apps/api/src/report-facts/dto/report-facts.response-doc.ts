import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  IntakeDeclineResponse,
  LegalIssue,
  LscProblemCode,
  NotServedReason,
  ReportFactsResponse,
  ServiceStatus,
  Victimisation,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

import {
  CaseFundingDto,
  DemographicsDto,
  LEGAL_ISSUE_KEYS,
  PROBLEM_CODE_KEYS,
  REASON_KEYS,
  STATUS_KEYS,
  VICTIMISATION_KEYS,
} from './report-facts.dto';

@ApiSchema({ name: 'ReportFactsResponse', description: 'What a case records for the funders.' })
export class ReportFactsResponseDoc implements ReportFactsResponse {
  @ApiProperty({ enum: VICTIMISATION_KEYS, isArray: true }) victimisations!: Victimisation[];
  @ApiProperty({ enum: LEGAL_ISSUE_KEYS, isArray: true }) legalIssues!: LegalIssue[];
  @ApiProperty({ enum: PROBLEM_CODE_KEYS, nullable: true }) lscProblemCode!: LscProblemCode | null;
  @ApiProperty({ enum: STATUS_KEYS, nullable: true }) serviceStatus!: ServiceStatus | null;
  @ApiProperty({ enum: REASON_KEYS, nullable: true }) notServedReason!: NotServedReason | null;
  @ApiProperty({ type: () => DemographicsDto }) demographics!: DemographicsDto;
  @ApiProperty({ type: () => [CaseFundingDto] }) funding!: CaseFundingDto[];
}

@ApiSchema({ name: 'IntakeDeclineResponse', description: 'A recorded declined intake.' })
export class IntakeDeclineResponseDoc implements IntakeDeclineResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) declinedOn!: string;
  @ApiProperty({ enum: REASON_KEYS, enumName: 'NotServedReason' }) reason!: NotServedReason;
  @ApiProperty({ enum: VICTIMISATION_KEYS, isArray: true }) victimisations!: Victimisation[];
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) fundingSourceId!: string | null;
}

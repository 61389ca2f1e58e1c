import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsUUID,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import {
  AGE_BANDS,
  GENDERS,
  LEGAL_ISSUES,
  LSC_PROBLEM_CODES,
  NOT_SERVED_REASONS,
  RACE_ETHNICITIES,
  SERVICE_STATUSES,
  VICTIMISATIONS,
  type AgeBand,
  type CaseFundingInput,
  type Demographics,
  type Gender,
  type LegalIssue,
  type LscProblemCode,
  type NotServedReason,
  type RaceEthnicity,
  type Reported,
  type SaveReportFactsRequest,
  type ServiceStatus,
  type SpecialClassification,
  type Victimisation,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';
import { IsCivilDate } from '@api/common/validation/is-civil-date';

const keys = <T extends string>(record: Readonly<Record<T, string>>): T[] =>
  Object.keys(record) as T[];
const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

export const VICTIMISATION_KEYS = keys(VICTIMISATIONS);
export const LEGAL_ISSUE_KEYS = keys(LEGAL_ISSUES);
export const PROBLEM_CODE_KEYS = keys(LSC_PROBLEM_CODES);
export const STATUS_KEYS = keys(SERVICE_STATUSES);
export const REASON_KEYS = keys(NOT_SERVED_REASONS);
const RACE_KEYS = keys(RACE_ETHNICITIES);
const GENDER_KEYS = keys(GENDERS);
const AGE_KEYS = keys(AGE_BANDS);
const REPORTED: Reported[] = ['yes', 'no', 'not_reported'];

/** Each special classification, answered yes, no or not reported. */
export class ClassificationsDto implements Record<SpecialClassification, Reported> {
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) disability!: Reported;
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) deafHardOfHearing!: Reported;
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) limitedEnglish!: Reported;
  @ApiProperty({ enum: REPORTED })
  @IsIn(REPORTED, oneOf(REPORTED))
  immigrantRefugeeAsylum!: Reported;
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) rural!: Reported;
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) homeless!: Reported;
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) lgbtq!: Reported;
  @ApiProperty({ enum: REPORTED }) @IsIn(REPORTED, oneOf(REPORTED)) veteran!: Reported;
}

export class DemographicsDto implements Demographics {
  @ApiProperty({
    enum: RACE_KEYS,
    isArray: true,
    uniqueItems: true,
    description: 'Empty: not reported.',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(RACE_KEYS, { each: true, ...oneOf(RACE_KEYS) })
  raceEthnicity!: RaceEthnicity[];

  @ApiProperty({ enum: GENDER_KEYS }) @IsIn(GENDER_KEYS, oneOf(GENDER_KEYS)) gender!: Gender;
  @ApiProperty({ enum: AGE_KEYS }) @IsIn(AGE_KEYS, oneOf(AGE_KEYS)) ageBand!: AgeBand;

  @ApiProperty({ type: () => ClassificationsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClassificationsDto)
  classifications!: ClassificationsDto;
}

export class CaseFundingDto implements CaseFundingInput {
  @ApiProperty(UUID_SCHEMA)
  @IsUUID('all', { message: 'must be a funding source id' })
  fundingSourceId!: string;

  @ApiProperty(CIVIL_DATE_SCHEMA) @IsCivilDate() startsOn!: string;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsCivilDate()
  endsOn?: string | null;
}

/** PUT /api/cases/:caseId/report-facts body: the whole "for reports" section of a case. */
export class SaveReportFactsDto implements SaveReportFactsRequest {
  @ApiProperty({ enum: VICTIMISATION_KEYS, isArray: true, uniqueItems: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(VICTIMISATION_KEYS, { each: true, ...oneOf(VICTIMISATION_KEYS) })
  victimisations!: Victimisation[];

  @ApiProperty({ enum: LEGAL_ISSUE_KEYS, isArray: true, uniqueItems: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(LEGAL_ISSUE_KEYS, { each: true, ...oneOf(LEGAL_ISSUE_KEYS) })
  legalIssues!: LegalIssue[];

  @ApiProperty({ enum: PROBLEM_CODE_KEYS, nullable: true, description: 'Null: not recorded.' })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(PROBLEM_CODE_KEYS, oneOf(PROBLEM_CODE_KEYS))
  lscProblemCode!: LscProblemCode | null;

  @ApiProperty({ enum: STATUS_KEYS, nullable: true, description: 'Null: not yet known.' })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(STATUS_KEYS, oneOf(STATUS_KEYS))
  serviceStatus!: ServiceStatus | null;

  @ApiProperty({ enum: REASON_KEYS, nullable: true, description: 'Required when not served.' })
  @ValidateIf((_o, v) => v !== null)
  @IsIn(REASON_KEYS, oneOf(REASON_KEYS))
  notServedReason!: NotServedReason | null;

  @ApiProperty({ type: () => DemographicsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DemographicsDto)
  demographics!: DemographicsDto;

  @ApiProperty({ type: () => [CaseFundingDto], maxItems: 10 })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CaseFundingDto)
  funding!: CaseFundingDto[];
}

/** POST /api/intake-declines body. */
export class CreateIntakeDeclineDto {
  @ApiProperty(CIVIL_DATE_SCHEMA) @IsCivilDate() declinedOn!: string;

  @ApiProperty({ enum: REASON_KEYS, enumName: 'NotServedReason' })
  @IsIn(REASON_KEYS, oneOf(REASON_KEYS))
  reason!: NotServedReason;

  @ApiProperty({ enum: VICTIMISATION_KEYS, isArray: true, uniqueItems: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(VICTIMISATION_KEYS, { each: true, ...oneOf(VICTIMISATION_KEYS) })
  victimisations!: Victimisation[];

  @ApiPropertyOptional({ ...UUID_SCHEMA, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all', { message: 'must be a funding source id' })
  fundingSourceId?: string | null;
}

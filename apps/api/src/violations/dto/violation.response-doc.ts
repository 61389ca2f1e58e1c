import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  ClassificationReasonResponse,
  ViolationActCode,
  ViolationActionTaken,
  ViolationClassificationResponse,
  ViolationListResponse,
  ViolationPotentialClass,
  ViolationProsecutionVenue,
  ViolationResponse,
} from '@haven/contracts';
import { VIOLATION_ACTS } from '@haven/rules';

import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  INSTANT_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';

import { ACTIONS_TAKEN } from './create-violation.dto';

const POTENTIAL_CLASSES = valuesOf<ViolationPotentialClass>({
  class_1_misdemeanor: true,
  class_6_felony: true,
  none_identified: true,
});

const PROSECUTION_VENUES = valuesOf<ViolationProsecutionVenue>({
  issuing_locality: true,
  violation_locality: true,
  petitioner_residence_at_violation: true,
});

const CONTEMPT = valuesOf<ViolationClassificationResponse['contempt']>({
  available: true,
  barred_by_prosecution: true,
});

@ApiSchema({
  name: 'ClassificationReasonResponse',
  description: 'One reason for a classification, with the rule and citation that give it.',
})
export class ClassificationReasonResponseDoc implements ClassificationReasonResponse {
  @ApiProperty() ruleId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'R18@2021-01-01',
    description:
      'The rule version in force on the day of the violation; null on a classification stored before versions were recorded.',
  })
  ruleVersion!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty() citation!: string;
  @ApiProperty({ type: String, nullable: true }) citationNote!: string | null;
}

@ApiSchema({ name: 'AlternativeReading' })
class AlternativeReadingDoc {
  @ApiProperty({ enum: POTENTIAL_CLASSES, enumName: 'ViolationPotentialClass' })
  potentialClass!: ViolationPotentialClass;
  @ApiProperty({ type: [ClassificationReasonResponseDoc] })
  reasons!: ClassificationReasonResponseDoc[];
}

@ApiSchema({
  name: 'ViolationClassificationResponse',
  description:
    "The rules library's potential classification (R18-R21); charging is for the prosecutor.",
})
export class ViolationClassificationResponseDoc implements ViolationClassificationResponse {
  @ApiProperty({ enum: POTENTIAL_CLASSES, enumName: 'ViolationPotentialClass' })
  potentialClass!: ViolationPotentialClass;
  @ApiProperty({ type: [ClassificationReasonResponseDoc] })
  reasons!: ClassificationReasonResponseDoc[];
  @ApiProperty({ enum: CONTEMPT }) contempt!: ViolationClassificationResponse['contempt'];
  @ApiProperty({ type: ClassificationReasonResponseDoc })
  contemptReason!: ClassificationReasonResponseDoc;
  @ApiProperty({ enum: PROSECUTION_VENUES, enumName: 'ViolationProsecutionVenue', isArray: true })
  prosecutionVenues!: ViolationProsecutionVenue[];
  @ApiProperty({ type: String, nullable: true }) prosecutionVenueCitation!: string | null;
  @ApiProperty({ type: [ClassificationReasonResponseDoc] })
  considered!: ClassificationReasonResponseDoc[];
  @ApiProperty({ type: AlternativeReadingDoc, nullable: true })
  alternativeReading!: AlternativeReadingDoc | null;
  @ApiProperty({ type: [ClassificationReasonResponseDoc] })
  tasks!: ClassificationReasonResponseDoc[];
  @ApiProperty({ type: [String] }) assumptions!: string[];
  @ApiProperty() needsAttorneyReview!: boolean;
}

@ApiSchema({
  name: 'ViolationResponse',
  description:
    'One recorded violation. The narrative is never part of it; `hasNarrative` says one exists.',
})
export class ViolationResponseDoc implements ViolationResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty(UUID_SCHEMA) orderId!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) occurredOn!: string;
  @ApiProperty({ ...CLOCK_TIME_SCHEMA, nullable: true }) occurredTime!: string | null;
  @ApiProperty({ enum: VIOLATION_ACTS, enumName: 'ViolationActCode', isArray: true })
  acts!: ViolationActCode[];
  @ApiProperty() basedOnViolence!: boolean;
  @ApiProperty({ type: String, nullable: true }) policeReportNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) officerName!: string | null;
  @ApiProperty({ type: String, nullable: true }) officerBadge!: string | null;
  @ApiProperty({ enum: ACTIONS_TAKEN, enumName: 'ViolationActionTaken', isArray: true })
  actionsTaken!: ViolationActionTaken[];
  @ApiProperty() criminalProsecution!: boolean;
  @ApiProperty() hasNarrative!: boolean;
  @ApiProperty({ type: ViolationClassificationResponseDoc })
  classification!: ViolationClassificationResponseDoc;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({ name: 'ViolationListResponse', description: 'In the order they occurred.' })
export class ViolationListResponseDoc implements ViolationListResponse {
  @ApiProperty({ type: [ViolationResponseDoc] }) items!: ViolationResponseDoc[];
}

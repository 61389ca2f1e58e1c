import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  LawChangeDifference,
  LawChangeReviewItem,
  LawChangeReviewsResponse,
} from '@haven/contracts';

import { INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'LawChangeDifference',
  description: 'A deadline or follow-up a law update moved.',
})
export class LawChangeDifferenceDoc implements LawChangeDifference {
  @ApiProperty({ enum: ['deadline', 'followup'] }) what!: 'deadline' | 'followup';
  @ApiProperty() ruleId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'R10@2025-07-01' })
  ruleVersion!: string | null;
  @ApiProperty() label!: string;
  @ApiProperty({ type: String, nullable: true }) oldDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) newDate!: string | null;
}

@ApiSchema({
  name: 'LawChangeReviewItem',
  description: 'A case whose deadlines a law update changed.',
})
export class LawChangeReviewItemDoc implements LawChangeReviewItem {
  @ApiProperty(UUID_SCHEMA) reviewId!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty({ example: '2026.2' }) rulesSet!: string;
  @ApiProperty({ type: String, nullable: true }) previousRulesSet!: string | null;
  @ApiProperty(INSTANT_SCHEMA) reviewedAt!: string;
  @ApiProperty({ ...UUID_SCHEMA, type: String, nullable: true }) taskId!: string | null;
  @ApiProperty({ enum: ['open', 'done', 'cancelled'], nullable: true })
  taskStatus!: 'open' | 'done' | 'cancelled' | null;
  @ApiProperty({ type: String, nullable: true }) assigneeName!: string | null;
  @ApiProperty({ type: [LawChangeDifferenceDoc] }) changes!: LawChangeDifferenceDoc[];
}

@ApiSchema({ name: 'LawChangeReviewsResponse' })
export class LawChangeReviewsResponseDoc implements LawChangeReviewsResponse {
  @ApiProperty({ example: '2026.2' }) currentRulesSet!: string;
  @ApiProperty({ type: [LawChangeReviewItemDoc] }) items!: LawChangeReviewItemDoc[];
  @ApiProperty() pending!: number;
}

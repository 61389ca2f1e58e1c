import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { RespondentMoveResponse } from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'RespondentMoveResponse',
  description: 'A recorded move of the respondent (R26a); the new address is never returned.',
})
export class RespondentMoveResponseDoc implements RespondentMoveResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) movedOn!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, type: String, nullable: true })
  noticeReceivedOn!: string | null;
  @ApiProperty() hasNewAddress!: boolean;
  @ApiProperty({
    ...CIVIL_DATE_SCHEMA,
    type: String,
    nullable: true,
    description: 'The 7-day notice deadline, when an order was in effect on the day of the move.',
  })
  noticeDueOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'R26a@2024-07-01' })
  ruleVersion!: string | null;
  @ApiProperty({ type: String, nullable: true }) citation!: string | null;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

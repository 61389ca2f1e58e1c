import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

import type { RecordRespondentMoveRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import { NOT_BLANK } from '@api/common/validation/record-validators';

export class RecordRespondentMoveDto implements RecordRespondentMoveRequest {
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The day the respondent changed residence.' })
  @IsCivilDate()
  movedOn!: string;

  @ApiPropertyOptional({
    ...CIVIL_DATE_SCHEMA,
    description: "The day the court received the respondent's written notice, when known.",
  })
  @IsOptional()
  @IsCivilDate()
  noticeReceivedOn?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 500,
    description: 'Confidential: stored encrypted, never returned.',
  })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  @MaxLength(500)
  newAddress?: string;
}

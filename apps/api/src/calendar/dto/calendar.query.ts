import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

import type { CalendarQuery } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

export class CalendarQueryDto implements CalendarQuery {
  @ApiProperty({
    ...CIVIL_DATE_SCHEMA,
    example: '2026-12-01',
    description: 'First day, inclusive.',
  })
  @IsCivilDate()
  from!: string;

  @ApiProperty({
    ...CIVIL_DATE_SCHEMA,
    example: '2026-12-31',
    description: 'Last day, inclusive; at most 92 days after `from`.',
  })
  @IsCivilDate()
  to!: string;

  @ApiPropertyOptional({
    ...UUID_SCHEMA,
    description:
      "Only the open cases this person of the organisation is assigned to (a supervisor's month of one advocate). An advocate's calendar is always their own: another id is refused.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  advocateId?: string;
}

import { ApiProperty } from '@nestjs/swagger';

import type { CalendarQuery } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';

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
}

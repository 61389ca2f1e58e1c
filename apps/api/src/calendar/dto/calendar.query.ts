import { ApiProperty } from '@nestjs/swagger';

import type { CalendarQuery } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

export class CalendarQueryDto implements CalendarQuery {
  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'First day, inclusive.' })
  @IsCivilDate()
  from!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-12-31',
    description: 'Last day, inclusive; at most 92 days after `from`.',
  })
  @IsCivilDate()
  to!: string;
}

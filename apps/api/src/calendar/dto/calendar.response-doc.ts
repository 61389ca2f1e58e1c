import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { CalendarItem, CalendarItemKind, CalendarResponse } from '@haven/contracts';

import {
  CIVIL_DATE_SCHEMA,
  CLOCK_TIME_SCHEMA,
  UUID_SCHEMA,
  valuesOf,
} from '@api/common/openapi/schema-options';

const ITEM_KINDS = valuesOf<CalendarItemKind>({
  hearing: true,
  order_expiry: true,
  file_by: true,
  deadline: true,
});

@ApiSchema({
  name: 'CalendarItem',
  description: "One dated entry: a hearing, an order's expiry or a statutory deadline.",
})
export class CalendarItemDoc implements CalendarItem {
  @ApiProperty({ ...UUID_SCHEMA, description: "The deadline's or hearing's id." }) id!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) date!: string;
  @ApiProperty({
    ...CLOCK_TIME_SCHEMA,
    nullable: true,
    description: 'Null when the day has no set time.',
  })
  time!: string | null;
  @ApiProperty({ enum: ITEM_KINDS, enumName: 'CalendarItemKind' }) kind!: CalendarItemKind;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Deadlines only.' })
  ruleId!: string | null;
  @ApiProperty({ type: String, nullable: true }) citation!: string | null;
  @ApiProperty({ type: String, nullable: true }) explanation!: string | null;
}

@ApiSchema({ name: 'CalendarResponse', description: 'The entries of the range, by date.' })
export class CalendarResponseDoc implements CalendarResponse {
  @ApiProperty({ type: [CalendarItemDoc], maxItems: 2000 }) items!: CalendarItemDoc[];
  @ApiProperty({
    description:
      'True when the range holds more than 2,000 entries: `items` are the first 2,000 by date.',
  })
  truncated!: boolean;
}

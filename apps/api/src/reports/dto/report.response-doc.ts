import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  FUNDERS,
  REPORT_IDS,
  type Funder,
  type ReportCalendar,
  type ReportCell,
  type ReportDrillItem,
  type ReportDrillResponse,
  type ReportId,
  type ReportListResponse,
  type ReportRow,
  type ReportRunResponse,
  type ReportSection,
  type ReportSummary,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

const CALENDARS: ReportCalendar[] = [
  'calendar_year',
  'half_year',
  'federal_fy_quarter',
  'state_fy_quarter',
];

@ApiSchema({ name: 'ReportSummary' })
class ReportSummaryDoc implements ReportSummary {
  @ApiProperty({ enum: REPORT_IDS, enumName: 'ReportId' }) id!: ReportId;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: FUNDERS, enumName: 'Funder', isArray: true, nullable: true })
  funders!: Funder[] | null;
  @ApiProperty({ enum: CALENDARS }) calendar!: ReportCalendar;
  @ApiProperty({ type: 'integer' }) parts!: number;
  @ApiProperty() description!: string;
}

@ApiSchema({ name: 'ReportListResponse' })
export class ReportListResponseDoc implements ReportListResponse {
  @ApiProperty({ type: [ReportSummaryDoc] }) items!: ReportSummaryDoc[];
  @ApiProperty({ type: 'integer' }) smallCountThreshold!: number;
}

@ApiSchema({ name: 'ReportCell', description: 'A count, or null when shown as a small count.' })
class ReportCellDoc implements ReportCell {
  @ApiProperty() column!: string;
  @ApiProperty({ type: Number, nullable: true }) count!: number | null;
  @ApiProperty() display!: string;
}

@ApiSchema({ name: 'ReportRow' })
class ReportRowDoc implements ReportRow {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [ReportCellDoc] }) cells!: ReportCellDoc[];
}

@ApiSchema({ name: 'ReportColumn' })
class ReportColumnDoc {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
}

@ApiSchema({ name: 'ReportSection' })
class ReportSectionDoc implements ReportSection {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() counting!: string;
  @ApiProperty({ type: [ReportColumnDoc] }) columns!: ReportColumnDoc[];
  @ApiProperty({ type: [ReportRowDoc] }) rows!: ReportRowDoc[];
  @ApiProperty() drillable!: boolean;
}

@ApiSchema({ name: 'ReportPeriod' })
class ReportPeriodDoc {
  @ApiProperty() label!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) from!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) to!: string;
}

@ApiSchema({ name: 'ReportRunResponse', description: 'Counts only: never an identifier (E5).' })
export class ReportRunResponseDoc implements ReportRunResponse {
  @ApiProperty({ enum: REPORT_IDS, enumName: 'ReportId' }) report!: ReportId;
  @ApiProperty() title!: string;
  @ApiProperty({ type: ReportPeriodDoc }) period!: ReportPeriodDoc;
  @ApiProperty({ type: [ReportSectionDoc] }) sections!: ReportSectionDoc[];
  @ApiProperty({ description: 'The same counts as CSV.' }) csv!: string;
  @ApiProperty() csvFilename!: string;
}

@ApiSchema({ name: 'ReportDrillItem' })
class ReportDrillItemDoc implements ReportDrillItem {
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @ApiProperty({ type: String, nullable: true }) clientName!: string | null;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) openedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

@ApiSchema({ name: 'ReportDrillResponse', description: 'The cases behind one count (audited).' })
export class ReportDrillResponseDoc implements ReportDrillResponse {
  @ApiProperty({ type: [ReportDrillItemDoc] }) items!: ReportDrillItemDoc[];
  @ApiProperty({ type: 'integer' }) hidden!: number;
}

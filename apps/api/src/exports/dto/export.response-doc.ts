import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  EXPORT_STATUSES,
  type BreachScopeClient,
  type BreachScopeExport,
  type BreachScopeResponse,
  type ExportFormat,
  type ExportKind,
  type ExportListResponse,
  type ExportResponse,
  type ExportStatus,
} from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({
  name: 'ExportResponse',
  description: 'One export: its status, and once done its file.',
})
export class ExportResponseDoc implements ExportResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ enum: EXPORT_KINDS }) kind!: ExportKind;
  @ApiProperty({ enum: EXPORT_FORMATS }) format!: ExportFormat;
  @ApiProperty({ enum: EXPORT_STATUSES }) status!: ExportStatus;
  @ApiProperty({ type: Number, minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ type: Number, nullable: true }) rowCount!: number | null;
  @ApiProperty() includeConfidential!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The download route once done (the same user, in a live session).',
  })
  downloadPath!: string | null;
}

@ApiSchema({ name: 'ExportList' })
export class ExportListDoc implements ExportListResponse {
  @ApiProperty({ type: [ExportResponseDoc] }) items!: ExportResponseDoc[];
}

@ApiSchema({
  name: 'BreachScopeClient',
  description: 'A client whose confidential data the user revealed or exported in the window.',
})
export class BreachScopeClientDoc implements BreachScopeClient {
  @ApiProperty(UUID_SCHEMA) clientId!: string;
  @ApiProperty() clientName!: string;
  @ApiProperty({ type: [String] }) caseReferences!: string[];
  @ApiProperty() revealed!: boolean;
  @ApiProperty() exported!: boolean;
}

@ApiSchema({ name: 'BreachScopeExport' })
export class BreachScopeExportDoc implements BreachScopeExport {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() format!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: Number, nullable: true }) rowCount!: number | null;
  @ApiProperty() includeConfidential!: boolean;
}

@ApiSchema({ name: 'BreachScopeResponse' })
export class BreachScopeResponseDoc implements BreachScopeResponse {
  @ApiProperty(UUID_SCHEMA) userId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [BreachScopeClientDoc] }) clients!: BreachScopeClientDoc[];
  @ApiProperty({ type: [BreachScopeExportDoc] }) exports!: BreachScopeExportDoc[];
}

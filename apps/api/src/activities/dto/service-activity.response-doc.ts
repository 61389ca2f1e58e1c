import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  ServiceActivityKind,
  ServiceActivityListResponse,
  ServiceActivityResponse,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

import { ACTIVITY_KINDS } from './create-service-activity.dto';

@ApiSchema({ name: 'ActivityPerformer' })
class ActivityPerformerDoc {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() displayName!: string;
}

@ApiSchema({ name: 'ServiceActivityResponse', description: 'One logged service on a case.' })
export class ServiceActivityResponseDoc implements ServiceActivityResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'ServiceActivityKind' })
  kind!: ServiceActivityKind;
  @ApiProperty(CIVIL_DATE_SCHEMA) performedOn!: string;
  @ApiProperty({ type: 'integer' }) minutes!: number;
  @ApiProperty({ type: ActivityPerformerDoc, nullable: true })
  performedBy!: ActivityPerformerDoc | null;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) fundingSourceIds!: string[];
}

@ApiSchema({
  name: 'ServiceActivityListResponse',
  description: 'A case’s activities, newest first.',
})
export class ServiceActivityListResponseDoc implements ServiceActivityListResponse {
  @ApiProperty({ type: [ServiceActivityResponseDoc] }) items!: ServiceActivityResponseDoc[];
}

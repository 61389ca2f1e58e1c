import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  CourtClosureCreatedResponse,
  CourtClosureDeletedResponse,
  CourtClosureKind,
  CourtClosureListResponse,
  CourtClosureResponse,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

import { COURT_CLOSURE_KINDS } from './create-court-closure.dto';

@ApiSchema({ name: 'CourtClosureResponse', description: 'One entered closure.' })
export class CourtClosureResponseDoc implements CourtClosureResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(CIVIL_DATE_SCHEMA) closedOn!: string;
  @ApiProperty({ type: [String], nullable: true, description: 'Null: statewide.' })
  courtIds!: string[] | null;
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'Closed localities: each stands for every court that serves it.',
  })
  localityIds!: string[] | null;
  @ApiProperty() allDay!: boolean;
  @ApiProperty({ enum: COURT_CLOSURE_KINDS, enumName: 'CourtClosureKind' })
  kind!: CourtClosureKind;
  @ApiProperty() name!: string;
  @ApiProperty() authority!: string;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({ name: 'CourtClosureListResponse', description: 'Closures by date.' })
export class CourtClosureListResponseDoc implements CourtClosureListResponse {
  @ApiProperty({ type: [CourtClosureResponseDoc] }) items!: CourtClosureResponseDoc[];
}

@ApiSchema({
  name: 'CourtClosureCreatedResponse',
  description: 'The closure, and how many open cases had their deadlines recomputed.',
})
export class CourtClosureCreatedResponseDoc implements CourtClosureCreatedResponse {
  @ApiProperty({ type: CourtClosureResponseDoc }) closure!: CourtClosureResponseDoc;
  @ApiProperty({ type: 'integer', minimum: 0 }) recomputedCases!: number;
}

@ApiSchema({ name: 'CourtClosureDeletedResponse' })
export class CourtClosureDeletedResponseDoc implements CourtClosureDeletedResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) recomputedCases!: number;
}

import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { CourtKind, OrderKind, PetitionResponse } from '@haven/contracts';

import { MilitaryProtectiveOrderDto } from './create-petition.dto';
import { ORDER_KINDS } from '@haven/rules';

import { CIVIL_DATE_SCHEMA, INSTANT_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';
import { COURT_KINDS } from '@api/common/validation/record-validators';

@ApiSchema({ name: 'PetitionResponse', description: 'A petition filed for the case.' })
export class PetitionResponseDoc implements PetitionResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty(UUID_SCHEMA) caseId!: string;
  @ApiProperty({ enum: ORDER_KINDS, enumName: 'OrderKind' }) orderKindSought!: OrderKind;
  @ApiProperty(CIVIL_DATE_SCHEMA) filedOn!: string;
  @ApiProperty() courtId!: string;
  @ApiProperty({ enum: COURT_KINDS, enumName: 'CourtKind' }) courtKind!: CourtKind;
  @ApiProperty() courtLocality!: string;
  @ApiProperty({ type: String, nullable: true }) courtCaseNumber!: string | null;
  @ApiProperty({ type: () => MilitaryProtectiveOrderDto, nullable: true })
  militaryProtectiveOrder!: MilitaryProtectiveOrderDto | null;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

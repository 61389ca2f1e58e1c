import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import {
  FUNDERS,
  type Funder,
  type FundingSourceListResponse,
  type FundingSourceResponse,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';

import type { FundingSourceEntity } from '../funding-source.entity';

@ApiSchema({ name: 'FundingSourceResponse', description: 'A grant or other funding source.' })
export class FundingSourceResponseDoc implements FundingSourceResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: FUNDERS, enumName: 'Funder' }) funder!: Funder;
  @ApiProperty({ type: String, nullable: true }) grantNumber!: string | null;
  @ApiProperty(CIVIL_DATE_SCHEMA) startsOn!: string;
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, nullable: true }) endsOn!: string | null;
}

@ApiSchema({ name: 'FundingSourceListResponse', description: 'Funding sources by name.' })
export class FundingSourceListResponseDoc implements FundingSourceListResponse {
  @ApiProperty({ type: [FundingSourceResponseDoc] }) items!: FundingSourceResponseDoc[];
}

/** The allow-list of what a funding source answers with. */
export function toFundingSourceResponse(row: FundingSourceEntity): FundingSourceResponse {
  return {
    id: row.id,
    name: row.name,
    funder: row.funder,
    grantNumber: row.grantNumber,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
  };
}

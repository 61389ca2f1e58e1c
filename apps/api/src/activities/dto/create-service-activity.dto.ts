import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

import {
  SERVICE_ACTIVITY_KINDS,
  type CreateServiceActivityRequest,
  type ServiceActivityKind,
} from '@haven/contracts';

import { CIVIL_DATE_SCHEMA, UUID_SCHEMA } from '@api/common/openapi/schema-options';
import { IsCivilDate } from '@api/common/validation/is-civil-date';

export const ACTIVITY_KINDS = Object.keys(SERVICE_ACTIVITY_KINDS) as ServiceActivityKind[];

export class CreateServiceActivityDto implements CreateServiceActivityRequest {
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'ServiceActivityKind' })
  @IsIn(ACTIVITY_KINDS, { message: `must be one of ${ACTIVITY_KINDS.join(', ')}` })
  kind!: ServiceActivityKind;

  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'Not in the future.' })
  @IsCivilDate()
  performedOn!: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1440 })
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0)
  @Max(1440)
  minutes!: number;

  @ApiPropertyOptional({ ...UUID_SCHEMA, description: 'A user of the organisation; default: you.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  performedBy?: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: 10,
    uniqueItems: true,
    description: 'The funding sources that paid for it; may be empty.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'must not name a funding source twice' })
  @IsUUID('all', { each: true, message: 'must hold funding source ids' })
  fundingSourceIds!: string[];
}

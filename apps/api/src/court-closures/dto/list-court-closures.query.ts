import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

import type { ListCourtClosuresQuery } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';

export class ListCourtClosuresQueryDto implements ListCourtClosuresQuery {
  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, description: 'First day of the range (inclusive).' })
  @IsOptional()
  @IsCivilDate()
  from?: string;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, description: 'Last day of the range (inclusive).' })
  @IsOptional()
  @IsCivilDate()
  to?: string;
}

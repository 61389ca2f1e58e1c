import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';
import { IsCivilDate } from '@api/common/validation/is-civil-date';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Filters of the admins' audit view; every one optional, all combined with AND. */
export class ListAuditQuery {
  @ApiPropertyOptional({ description: 'An audit action, e.g. sign_in_failed or reveal.' })
  @IsOptional()
  @Matches(/^[a-z_]{2,40}$/, { message: 'must be an audit action name' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The acting user.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  userId?: string;

  @ApiPropertyOptional({ ...CIVIL_DATE_SCHEMA, description: 'First day (Virginia time).' })
  @IsOptional()
  @IsCivilDate()
  from?: string;

  @ApiPropertyOptional({
    ...CIVIL_DATE_SCHEMA,
    description: 'Last day, inclusive (Virginia time).',
  })
  @IsOptional()
  @IsCivilDate()
  to?: string;

  @ApiPropertyOptional({ maxLength: 40, description: 'A case reference, e.g. HV-2026-0001.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(40)
  caseReference?: string;

  @ApiPropertyOptional({ description: "The previous page's nextCursor." })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,18}$/, { message: 'must be a cursor from the previous page' })
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

import type { ListPlannedRemindersQuery } from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

export class ListPlannedRemindersQueryDto implements ListPlannedRemindersQuery {
  @ApiPropertyOptional({ ...UUID_SCHEMA, description: "One case's reminders only." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a case id' })
  caseId?: string;
}

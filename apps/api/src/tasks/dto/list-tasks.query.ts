import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import {
  TASK_STATUSES,
  type ListTasksQuery,
  type TaskAssigneeFilter,
  type TaskStatus,
} from '@haven/contracts';

export const ASSIGNEE_FILTERS = Object.keys({ me: true, any: true } satisfies Record<
  TaskAssigneeFilter,
  true
>);

export class ListTasksQueryDto implements ListTasksQuery {
  @ApiPropertyOptional({ enum: TASK_STATUSES, enumName: 'TaskStatus' })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status?: TaskStatus;

  @ApiPropertyOptional({
    enum: ASSIGNEE_FILTERS,
    enumName: 'TaskAssigneeFilter',
    description: "`me`: the caller's own tasks; `any`: every task the caller may see.",
  })
  @IsOptional()
  @IsIn(ASSIGNEE_FILTERS, { message: `must be one of ${ASSIGNEE_FILTERS.join(', ')}` })
  assignee?: TaskAssigneeFilter;

  @ApiPropertyOptional({
    maxLength: 200,
    description: "The previous page's `nextCursor`; absent for the first page.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

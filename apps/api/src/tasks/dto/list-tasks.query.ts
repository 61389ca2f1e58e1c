import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import {
  TASK_STATUSES,
  type ListTasksQuery,
  type TaskAssigneeFilter,
  type TaskStatus,
} from '@haven/contracts';

const ASSIGNEE_FILTERS = Object.keys({ me: true, any: true } satisfies Record<
  TaskAssigneeFilter,
  true
>);

export class ListTasksQueryDto implements ListTasksQuery {
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status?: TaskStatus;

  @IsOptional()
  @IsIn(ASSIGNEE_FILTERS, { message: `must be one of ${ASSIGNEE_FILTERS.join(', ')}` })
  assignee?: TaskAssigneeFilter;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

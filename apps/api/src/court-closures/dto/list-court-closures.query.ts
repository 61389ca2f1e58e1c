import { IsOptional } from 'class-validator';

import type { ListCourtClosuresQuery } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

export class ListCourtClosuresQueryDto implements ListCourtClosuresQuery {
  @IsOptional()
  @IsCivilDate()
  from?: string;

  @IsOptional()
  @IsCivilDate()
  to?: string;
}

import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { LawChangeReviewsResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { LawChangeReviewsResponseDoc } from './dto/law-change-reviews.response-doc';
import { LawChangeBoardService } from './law-change-board.service';

@ApiTags('board')
@Controller('board/law-changes')
export class LawChangesController {
  constructor(private readonly board: LawChangeBoardService) {}

  @Get()
  @RequirePermission('board:read')
  @ApiOkResponse({ type: LawChangeReviewsResponseDoc })
  list(@CurrentUser() actor: Actor): Promise<LawChangeReviewsResponse> {
    return this.board.list(actor);
  }
}

import { Controller, Get, Query } from '@nestjs/common';

import type { AtRiskResponse, BoardResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { AtRiskService } from './at-risk.service';
import { BoardService } from './board.service';
import { AtRiskQueryDto, BoardQueryDto } from './dto/board.query';

@Controller('board')
export class BoardController {
  constructor(
    private readonly board: BoardService,
    private readonly atRisk: AtRiskService,
  ) {}

  @Get()
  @RequirePermission('board:read')
  get(@CurrentUser() actor: Actor, @Query() query: BoardQueryDto): Promise<BoardResponse> {
    return this.board.get(actor, query);
  }

  @Get('at-risk')
  @RequirePermission('board:read')
  listAtRisk(@CurrentUser() actor: Actor, @Query() query: AtRiskQueryDto): Promise<AtRiskResponse> {
    return this.atRisk.list(actor, query);
  }
}

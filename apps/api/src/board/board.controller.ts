import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { AtRiskResponse, BoardItemsResponse, BoardResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ApiInvalidInput } from '@api/common/decorators/api-error-responses.decorator';

import { AtRiskService } from './at-risk.service';
import { BoardService } from './board.service';
import { AtRiskQueryDto, BoardItemsQueryDto, BoardQueryDto } from './dto/board.query';
import {
  AtRiskResponseDoc,
  BoardItemsResponseDoc,
  BoardResponseDoc,
} from './dto/board.response-doc';

@ApiTags('board')
@ApiInvalidInput()
@Controller('board')
export class BoardController {
  constructor(
    private readonly board: BoardService,
    private readonly atRisk: AtRiskService,
  ) {}

  @Get()
  @RequirePermission('board:read')
  @ApiOkResponse({ type: BoardResponseDoc })
  get(@CurrentUser() actor: Actor, @Query() query: BoardQueryDto): Promise<BoardResponse> {
    return this.board.get(actor, query);
  }

  @Get('items')
  @RequirePermission('board:read')
  @ApiOkResponse({ type: BoardItemsResponseDoc })
  page(
    @CurrentUser() actor: Actor,
    @Query() query: BoardItemsQueryDto,
  ): Promise<BoardItemsResponse> {
    return this.board.page(actor, query);
  }

  @Get('at-risk')
  @RequirePermission('board:read')
  @ApiOkResponse({ type: AtRiskResponseDoc })
  listAtRisk(@CurrentUser() actor: Actor, @Query() query: AtRiskQueryDto): Promise<AtRiskResponse> {
    return this.atRisk.list(actor, query);
  }
}

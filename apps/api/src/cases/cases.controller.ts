import { Body, Controller, Get, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';

import type { CaseListResponse, CaseSummaryResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { requestMeta } from '@api/auth/request-meta';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { CasesService } from './cases.service';
import { CreateCaseDto } from './dto/create-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';

@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @RequirePermission('case:read')
  list(@CurrentUser() actor: Actor, @Query() query: ListCasesQuery): Promise<CaseListResponse> {
    return this.cases.list(actor, query);
  }

  @Post()
  @RequirePermission('case:create')
  create(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateCaseDto,
    @Req() req: Request,
  ): Promise<CaseSummaryResponse> {
    return this.cases.create(actor, dto, requestMeta(req));
  }
}

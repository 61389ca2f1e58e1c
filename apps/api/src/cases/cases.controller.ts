import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type {
  CaseDetailResponse,
  CaseListResponse,
  CaseSummaryResponse,
  ConflictCheckResponse,
} from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { AssignmentService } from './assignment.service';
import { CaseClosingService } from './case-closing.service';
import { CasesService } from './cases.service';
import { AssignAdvocatesDto } from './dto/assign-advocates.dto';
import { CloseCaseDto } from './dto/close-case.dto';
import { ConflictCheckDto } from './dto/conflict-check.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { IntakeService } from './intake.service';
import {
  CaseDetailResponseDoc,
  CaseListResponseDoc,
  CaseSummaryResponseDoc,
  ConflictCheckResponseDoc,
} from './dto/case.response-doc';

@ApiTags('cases')
@ApiInvalidInput()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly intake: IntakeService,
    private readonly assignment: AssignmentService,
    private readonly closing: CaseClosingService,
  ) {}

  @Get()
  @RequirePermission('case:read')
  @ApiOkResponse({ type: CaseListResponseDoc })
  list(@CurrentUser() actor: Actor, @Query() query: ListCasesQuery): Promise<CaseListResponse> {
    return this.cases.list(actor, query);
  }

  @Post()
  @RequirePermission('case:create')
  @ApiCreatedResponse({ type: CaseSummaryResponseDoc })
  @ApiStateConflict(
    'The conflict check found hits and no override reason was given (CONFLICT_CHECK_HIT).',
  )
  async create(
    @CurrentUser() actor: Actor,
    @Body() dto: CreateCaseDto,
  ): Promise<CaseSummaryResponse> {
    return this.cases.summary(actor.organisationId, await this.intake.open(actor, dto));
  }

  @Post('conflict-check')
  @RequirePermission('case:create')
  @ApiCreatedResponse({ type: ConflictCheckResponseDoc })
  conflictCheck(
    @CurrentUser() actor: Actor,
    @Body() dto: ConflictCheckDto,
  ): Promise<ConflictCheckResponse> {
    return this.intake.conflictCheck(actor, dto);
  }

  @Get(':caseId')
  @RequirePermission('case:read')
  @ApiOkResponse({ type: CaseDetailResponseDoc })
  @ApiNotFoundInOrganisation()
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<CaseDetailResponse> {
    return this.cases.get(actor, caseId);
  }

  @Put(':caseId/advocates')
  @RequirePermission('case:assign')
  @ApiOkResponse({ type: CaseSummaryResponseDoc })
  @ApiNotFoundInOrganisation()
  async assign(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: AssignAdvocatesDto,
  ): Promise<CaseSummaryResponse> {
    await this.assignment.assign(actor, caseId, dto);
    return this.cases.summary(actor.organisationId, caseId);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @ApiNotFoundInOrganisation()
  @ApiOkResponse({ type: CaseSummaryResponseDoc })
  @RequirePermission('case:write')
  async close(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: CloseCaseDto,
  ): Promise<CaseSummaryResponse> {
    await this.closing.close(actor, caseId, dto);
    return this.cases.summary(actor.organisationId, caseId);
  }

  @Post(':caseId/reopen')
  @HttpCode(200)
  @ApiNotFoundInOrganisation()
  @ApiOkResponse({ type: CaseSummaryResponseDoc })
  @RequirePermission('case:write')
  async reopen(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<CaseSummaryResponse> {
    await this.closing.reopen(actor, caseId);
    return this.cases.summary(actor.organisationId, caseId);
  }
}

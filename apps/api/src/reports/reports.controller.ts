import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { ReportDrillResponse, ReportListResponse, ReportRunResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ApiInvalidInput } from '@api/common/decorators/api-error-responses.decorator';

import { ReportSettingsDto } from './dto/report-settings.dto';
import { ReportDrillQueryDto, RunReportQueryDto } from './dto/report.query';
import {
  ReportDrillResponseDoc,
  ReportListResponseDoc,
  ReportRunResponseDoc,
} from './dto/report.response-doc';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiInvalidInput()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @RequirePermission('report:read')
  @ApiOkResponse({ type: ReportListResponseDoc })
  list(@CurrentUser() actor: Actor): Promise<ReportListResponse> {
    return this.reports.list(actor);
  }

  @Get('run')
  @RequirePermission('report:read')
  @ApiOkResponse({ type: ReportRunResponseDoc })
  run(@CurrentUser() actor: Actor, @Query() query: RunReportQueryDto): Promise<ReportRunResponse> {
    return this.reports.run(actor, query);
  }

  @Get('cases')
  @RequirePermission('report:read')
  @ApiOkResponse({ type: ReportDrillResponseDoc })
  drill(
    @CurrentUser() actor: Actor,
    @Query() query: ReportDrillQueryDto,
  ): Promise<ReportDrillResponse> {
    return this.reports.drill(actor, query);
  }

  @Put('settings')
  @RequirePermission('settings:manage')
  @ApiOkResponse({ type: ReportListResponseDoc })
  saveSettings(
    @CurrentUser() actor: Actor,
    @Body() dto: ReportSettingsDto,
  ): Promise<ReportListResponse> {
    return this.reports.saveSettings(actor, dto.smallCountThreshold);
  }
}

import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { AuditPageResponse, AuditVerifyResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { ApiInvalidInput } from '@api/common/decorators/api-error-responses.decorator';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { AuditLogService } from './audit-log.service';
import { AuditPageResponseDoc, AuditVerifyResponseDoc } from './dto/audit.response-doc';
import { ListAuditQuery } from './dto/list-audit.query';

@ApiTags('audit')
@Controller('admin/audit')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @RequirePermission('audit:read')
  @ApiInvalidInput()
  @ApiOkResponse({ type: AuditPageResponseDoc })
  list(@CurrentUser() actor: Actor, @Query() query: ListAuditQuery): Promise<AuditPageResponse> {
    return this.audit.list(actor, query);
  }

  @Post('verify')
  @HttpCode(200)
  @RequirePermission('audit:read')
  @ApiOkResponse({ type: AuditVerifyResponseDoc })
  verify(@CurrentUser() actor: Actor): Promise<AuditVerifyResponse> {
    return this.audit.verify(actor);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';

import type { QueueStatusResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import {
  ApiInvalidInput,
  ErrorResponseDoc,
} from '@api/common/decorators/api-error-responses.decorator';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { QueueStatusQueryDto } from './dto/queue-status.query';
import { QueueStatusResponseDoc } from './dto/queue-status.response-doc';
import { QueueStatusService } from './queue-status.service';

/** The admin's read-only queue dashboard: the organisation's follow-up jobs, nothing else. */
@ApiTags('admin')
@ApiInvalidInput()
@Controller('admin/queues')
export class QueueStatusController {
  constructor(private readonly queues: QueueStatusService) {}

  @Get()
  @RequirePermission('queue:read')
  @ApiOkResponse({ type: QueueStatusResponseDoc })
  @ApiServiceUnavailableResponse({
    description: 'Redis did not answer within a few seconds (QUEUE_UNAVAILABLE); see Retry-After.',
    type: ErrorResponseDoc,
  })
  status(
    @CurrentUser() actor: Actor,
    @Query() query: QueueStatusQueryDto,
  ): Promise<QueueStatusResponse> {
    return this.queues.status(actor, query);
  }
}

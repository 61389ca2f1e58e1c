import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { CorrectionResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';
import { CorrectionResponseDoc } from '@api/common/openapi/correction.response-doc';

import { CorrectOrderDto } from './dto/correct-order.dto';
import { OrderCorrectionsService } from './order-corrections.service';

@ApiTags('orders')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/orders')
export class OrderCorrectionsController {
  constructor(private readonly corrections: OrderCorrectionsService) {}

  @Patch(':orderId')
  @RequirePermission('case:write')
  @ApiOkResponse({ type: CorrectionResponseDoc })
  correct(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Param('orderId', ParseUuidPipe) orderId: string,
    @Body() dto: CorrectOrderDto,
  ): Promise<CorrectionResponse> {
    return this.corrections.correct(actor, caseId, orderId, dto);
  }
}

import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { RevealResponse } from '@haven/contracts';

import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { RevealDto } from './dto/reveal.dto';
import { RevealService } from './reveal.service';
import { RevealResponseDoc } from './dto/reveal.response-doc';

@ApiTags('cases')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/reveal')
export class RevealController {
  constructor(private readonly reveals: RevealService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('case:reveal_confidential')
  @RequireStepUp()
  @ApiOperation({ summary: 'Reveal one confidential field of a party (audited).' })
  @ApiOkResponse({ type: RevealResponseDoc })
  reveal(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: RevealDto,
  ): Promise<RevealResponse> {
    return this.reveals.reveal(actor, caseId, dto);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { SafeContactInstructionsResponse, SafeContactRevealResponse } from '@haven/contracts';

import { RequireStepUp } from '@api/auth/step-up/require-step-up.decorator';
import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import { ParseUuidPipe } from '@api/common/pipes/parse-uuid.pipe';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { SafeContactInstructionsDto, SafeContactRevealDto } from './dto/safe-contact.dto';
import {
  SafeContactInstructionsResponseDoc,
  SafeContactRevealResponseDoc,
} from './dto/safe-contact.response-doc';
import { SafeContactService } from './safe-contact.service';

@ApiTags('cases')
@ApiInvalidInput()
@ApiNotFoundInOrganisation()
@Controller('cases/:caseId/safe-contact')
export class SafeContactController {
  constructor(private readonly safeContact: SafeContactService) {}

  @Get()
  @RequirePermission('case:read')
  @ApiOperation({ summary: "The client's safe-contact choices (sealed values only as flags)." })
  @ApiOkResponse({ type: SafeContactInstructionsResponseDoc })
  get(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
  ): Promise<SafeContactInstructionsResponse> {
    return this.safeContact.get(actor, caseId);
  }

  @Put()
  @RequirePermission('case:write')
  @ApiOperation({ summary: "Record the client's safe-contact instructions (audited)." })
  @ApiOkResponse({ type: SafeContactInstructionsResponseDoc })
  save(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: SafeContactInstructionsDto,
  ): Promise<SafeContactInstructionsResponse> {
    return this.safeContact.save(actor, caseId, dto);
  }

  @Post('reveal')
  @HttpCode(200)
  @RequirePermission('case:reveal_confidential')
  @RequireStepUp()
  @ApiOperation({ summary: 'Reveal the safe address and note (audited).' })
  @ApiOkResponse({ type: SafeContactRevealResponseDoc })
  reveal(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUuidPipe) caseId: string,
    @Body() dto: SafeContactRevealDto,
  ): Promise<SafeContactRevealResponse> {
    return this.safeContact.reveal(actor, caseId, dto);
  }
}

import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';

import type { RevealResponse } from '@haven/contracts';

import type { Actor } from '@api/auth/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';

import { RevealDto } from './dto/reveal.dto';
import { RevealService } from './reveal.service';

@Controller('cases/:caseId/reveal')
export class RevealController {
  constructor(private readonly reveals: RevealService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('case:reveal_confidential')
  reveal(
    @CurrentUser() actor: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: RevealDto,
  ): Promise<RevealResponse> {
    return this.reveals.reveal(actor, caseId, dto);
  }
}

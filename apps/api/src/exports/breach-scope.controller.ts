import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { BreachScopeResponse } from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import {
  ApiInvalidInput,
  ApiNotFoundInOrganisation,
} from '@api/common/decorators/api-error-responses.decorator';

import { BreachScopeService } from './breach-scope.service';
import { BreachScopeQueryDto } from './dto/create-export.dto';
import { BreachScopeResponseDoc } from './dto/export.response-doc';

@ApiTags('users')
@ApiInvalidInput()
@Controller('breach-scope')
export class BreachScopeController {
  constructor(private readonly breachScope: BreachScopeService) {}

  @Get()
  @RequirePermission('user:manage')
  @ApiNotFoundInOrganisation()
  @ApiOperation({
    summary:
      "Clients whose confidential data a user revealed or exported in a window, and the user's exports (audited).",
  })
  @ApiOkResponse({ description: 'The clients and exports in scope.', type: BreachScopeResponseDoc })
  scope(
    @CurrentUser() actor: Actor,
    @Query() query: BreachScopeQueryDto,
  ): Promise<BreachScopeResponse> {
    return this.breachScope.scope(actor, query);
  }
}

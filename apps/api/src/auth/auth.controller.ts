import { Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type { SessionUserResponse } from '@haven/contracts';

import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { Public } from '@api/common/decorators/public.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import {
  ApiInvalidInput,
  ErrorResponseDoc,
} from '@api/common/decorators/api-error-responses.decorator';

import type { Actor } from '@api/common/actor';
import { AuthService, type VerifiedUser } from './auth.service';
import { LocalAuthGuard } from './local-auth.guard';
import { requestMeta } from './request-meta';
import { SessionCookie } from './session-cookie';
import { LoginDto } from './dto/login.dto';
import { SessionUserResponseDoc } from './dto/session-user.response-doc';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({
    type: SessionUserResponseDoc,
    description: 'Signed in: the session cookie is set.',
  })
  @ApiInvalidInput()
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password.', type: ErrorResponseDoc })
  async login(
    @Req() req: Request & { user: VerifiedUser },
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionUserResponse> {
    const { token, profile } = await this.auth.completeLogin(
      req.user,
      this.cookie.read(req),
      requestMeta(req),
    );
    this.cookie.set(res, token);
    return profile;
  }

  @Post('logout')
  @RequirePermission('session:read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out: the session ends and the cookie is cleared.' })
  async logout(
    @CurrentUser() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const token = this.cookie.read(req);
    if (token) await this.auth.logout(actor, token, requestMeta(req));
    this.cookie.clear(res);
  }

  @Get('me')
  @RequirePermission('session:read')
  @ApiOkResponse({ type: SessionUserResponseDoc })
  me(@CurrentUser() actor: Actor): Promise<SessionUserResponse> {
    return this.auth.me(actor);
  }
}

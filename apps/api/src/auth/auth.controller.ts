import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type { ChangePasswordResponse, SessionUserResponse } from '@haven/contracts';

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
import { PasswordChangeService } from './passwords/password-change.service';
import { requestMeta } from './request-meta';
import { AllowSessionStage, sessionStageOf } from './session-stage.decorator';
import { DeviceCookie } from './device-cookie';
import { SessionCookie } from './session-cookie';
import { StepUpService } from './step-up/step-up.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { ChangePasswordResponseDoc } from './dto/account-security.response-doc';
import { LoginDto } from './dto/login.dto';
import { SessionUserResponseDoc } from './dto/session-user.response-doc';
import { StepUpDto } from './dto/step-up.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
    private readonly deviceCookie: DeviceCookie,
    private readonly stepUp: StepUpService,
    private readonly passwords: PasswordChangeService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LocalAuthGuard)
  @HttpCode(200)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({
    type: SessionUserResponseDoc,
    description:
      "Password accepted: the session cookie is set, and the device cookie that lets this browser sign in while a stranger's guesses hold the account locked. `stage` says whether a TOTP code (POST /api/auth/mfa/verify) or an enrolment is still owed.",
  })
  @ApiInvalidInput()
  @ApiUnauthorizedResponse({
    description: 'Wrong e-mail or password (also while the account, or this browser, is locked).',
    type: ErrorResponseDoc,
  })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed sign-ins from this address.',
    type: ErrorResponseDoc,
  })
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
    this.deviceCookie.set(
      res,
      await this.auth.rememberDevice(req.user, this.deviceCookie.read(req)),
    );
    return profile;
  }

  @Post('logout')
  @RequirePermission('session:read')
  @AllowSessionStage('mfa_code', 'mfa_enrolment')
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
  @AllowSessionStage('mfa_code', 'mfa_enrolment')
  @ApiOkResponse({ type: SessionUserResponseDoc })
  me(@CurrentUser() actor: Actor, @Req() req: Request): Promise<SessionUserResponse> {
    return this.auth.me(actor, sessionStageOf(req));
  }

  @Post('step-up')
  @RequirePermission('session:read')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Factor proved: dangerous acts are allowed for STEP_UP_MINUTES.',
  })
  @ApiInvalidInput()
  stepUpProof(@CurrentUser() actor: Actor, @Body() dto: StepUpDto): Promise<void> {
    return this.stepUp.prove(actor, dto);
  }

  @Post('password')
  @RequirePermission('session:read')
  @HttpCode(200)
  @ApiOkResponse({ type: ChangePasswordResponseDoc })
  @ApiInvalidInput()
  changePassword(
    @CurrentUser() actor: Actor,
    @Body() dto: ChangePasswordDto,
  ): Promise<ChangePasswordResponse> {
    return this.passwords.change(actor, dto);
  }
}

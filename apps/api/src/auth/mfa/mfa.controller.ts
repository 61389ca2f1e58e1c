import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';

import type {
  MfaEnrolmentConfirmation,
  MfaEnrolmentResponse,
  SessionUserResponse,
} from '@haven/contracts';

import type { Actor } from '@api/common/actor';
import { CurrentUser } from '@api/common/decorators/current-user.decorator';
import { RequirePermission } from '@api/common/decorators/require-permission.decorator';
import {
  ApiInvalidInput,
  ApiStateConflict,
} from '@api/common/decorators/api-error-responses.decorator';

import { AuthService } from '../auth.service';
import {
  MfaEnrolmentConfirmationDoc,
  MfaEnrolmentResponseDoc,
} from '../dto/account-security.response-doc';
import { MfaCodeDto } from '../dto/mfa-code.dto';
import { SessionUserResponseDoc } from '../dto/session-user.response-doc';
import { requestMeta } from '../request-meta';
import { SessionCookie } from '../session-cookie';
import { AllowSessionStage, sessionStageOf } from '../session-stage.decorator';

import { MfaEnrolment } from './mfa-enrolment';

/** The second step of sign-in, and setting up an authenticator (security-checks B8). */
@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(
    private readonly auth: AuthService,
    private readonly enrolment: MfaEnrolment,
    private readonly cookie: SessionCookie,
  ) {}

  @Post('verify')
  @RequirePermission('session:read')
  @AllowSessionStage('mfa_code')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionUserResponseDoc, description: 'Signed in: a new cookie is set.' })
  @ApiInvalidInput()
  @ApiStateConflict('The session is not waiting for a code (MFA_NOT_PENDING).')
  async verify(
    @CurrentUser() actor: Actor,
    @Body() dto: MfaCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionUserResponse> {
    const { token, profile } = await this.auth.completeSecondFactor(
      actor,
      sessionStageOf(req),
      dto.code,
      this.cookie.read(req) ?? '',
      requestMeta(req),
    );
    this.cookie.set(res, token);
    return profile;
  }

  @Post('enrolment')
  @RequirePermission('session:read')
  @AllowSessionStage('mfa_enrolment')
  @ApiCreatedResponse({ type: MfaEnrolmentResponseDoc })
  @ApiStateConflict('An authenticator is already set up (MFA_ALREADY_ENROLLED).')
  start(@CurrentUser() actor: Actor): Promise<MfaEnrolmentResponse> {
    return this.enrolment.start(actor);
  }

  @Post('enrolment/confirm')
  @RequirePermission('session:read')
  @AllowSessionStage('mfa_enrolment')
  @HttpCode(200)
  @ApiOkResponse({ type: MfaEnrolmentConfirmationDoc })
  @ApiInvalidInput()
  @ApiStateConflict('No set-up was started (MFA_NOT_PENDING).')
  async confirm(
    @CurrentUser() actor: Actor,
    @Body() dto: MfaCodeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MfaEnrolmentConfirmation> {
    const { confirmation, token } = await this.enrolment.confirm(
      actor,
      dto.code,
      sessionStageOf(req),
      this.cookie.read(req) ?? '',
      requestMeta(req),
    );
    if (token) this.cookie.set(res, token);
    return confirmation;
  }
}

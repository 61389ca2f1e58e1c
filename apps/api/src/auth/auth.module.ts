import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@api/audit/audit.module';
import { SessionAuthGuard } from './session-auth.guard';
import { UsersModule } from '@api/users/users.module';

import { AuthController } from './auth.controller';
import { MfaController } from './mfa/mfa.controller';
import { MfaEnrolment } from './mfa/mfa-enrolment';
import { MfaRepository } from './mfa/mfa.repository';
import { MfaService } from './mfa/mfa.service';
import { PasswordChangeService } from './passwords/password-change.service';
import { StepUpService } from './step-up/step-up.service';
import { SignInDevices } from './throttle/sign-in-devices';
import { SignInThrottle } from './throttle/sign-in-throttle';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { PasswordHasher } from '@api/crypto/password-hasher';
import { DeviceCookie } from './device-cookie';
import { SessionCookie } from './session-cookie';
import { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([SessionEntity]), UsersModule, AuditModule],
  controllers: [AuthController, MfaController],
  providers: [
    AuthService,
    LocalStrategy,
    PasswordHasher,
    SessionCookie,
    DeviceCookie,
    SignInDevices,
    SessionsRepository,
    SessionsService,
    MfaRepository,
    MfaService,
    MfaEnrolment,
    SignInThrottle,
    StepUpService,
    PasswordChangeService,
    { provide: APP_GUARD, useClass: SessionAuthGuard },
  ],
  exports: [PasswordHasher, SessionsRepository, SignInThrottle, SignInDevices, MfaRepository],
})
export class AuthModule {}

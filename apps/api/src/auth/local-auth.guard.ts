import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';

import { validationFailed } from '@api/common/pipes/validation';

import { LoginDto } from './dto/login.dto';

/**
 * Validates the login body before passport sees it, so a malformed request gets a 400 naming the
 * field rather than passport's bare 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const dto = plainToInstance(LoginDto, req.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw validationFailed(errors);
    return (await super.canActivate(context)) as boolean;
  }
}

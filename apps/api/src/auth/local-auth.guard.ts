import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';

import { bodyFieldErrors, fieldsRefused, toFieldErrors } from '@api/common/pipes/validation';
import { findUnsafeText, withoutUnsafeText } from '@api/common/validation/unsafe-text';

import { LoginDto } from './dto/login.dto';

/**
 * Validates the login body before passport sees it, so a malformed request gets a 400 naming the
 * field rather than passport's bare 401, and a NUL never reaches the query for the account.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const unsafe = findUnsafeText(req.body, 'body');
    const dto = plainToInstance(LoginDto, withoutUnsafeText(req.body ?? {}));
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    const fields = bodyFieldErrors(unsafe, toFieldErrors(errors));
    if (fields.length > 0) throw fieldsRefused(fields);
    return (await super.canActivate(context)) as boolean;
  }
}

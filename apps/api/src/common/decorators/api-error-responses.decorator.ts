import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiSchema,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';

import type { ErrorResponse, FieldError, ValidationErrorResponse } from '@haven/contracts';

// The error bodies AllExceptionsFilter and the validation pipe send, documented once and applied
// by the decorators below, so no route repeats them.

@ApiSchema({ name: 'FieldError' })
export class FieldErrorDoc implements FieldError {
  @ApiProperty({
    description: 'The field, as a dotted path for nested ones.',
    example: 'intake.lastActOfAbuseOn',
  })
  field!: string;

  @ApiProperty({ example: 'must be a real date written YYYY-MM-DD' })
  message!: string;
}

@ApiSchema({
  name: 'ValidationErrorResponse',
  description: 'A request that failed validation: every wrong field, each with its message.',
})
export class ValidationErrorResponseDoc implements ValidationErrorResponse {
  @ApiProperty({ enum: ['validation_failed'] })
  error!: 'validation_failed';

  @ApiProperty({ type: [FieldErrorDoc] })
  fields!: FieldErrorDoc[];

  @ApiPropertyOptional({ description: 'Ties the answer to the server log.' })
  requestId?: string;
}

@ApiSchema({
  name: 'ErrorResponse',
  description:
    'Any other refusal. `error` is a stable code clients may branch on (`CASE_NOT_FOUND`, ' +
    '`unauthenticated`, `forbidden`); a domain check that names one field adds `fields`.',
})
export class ErrorResponseDoc implements ErrorResponse {
  @ApiProperty({ example: 'CASE_NOT_FOUND' })
  error!: string;

  @ApiPropertyOptional()
  message?: string;

  @ApiPropertyOptional({ type: [FieldErrorDoc] })
  fields?: FieldErrorDoc[];

  @ApiPropertyOptional({ description: 'Ties the answer to the server log.' })
  requestId?: string;
}

/** 401 without a session and 403 when the role lacks the permission; RequirePermission applies it. */
export const ApiSessionRequired = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'No valid session.', type: ErrorResponseDoc }),
    ApiForbiddenResponse({
      description:
        "The signed-in role may not do this: the route's permission, or a supervisor-only " +
        'choice such as a conflict or stated-expiry override.',
      type: ErrorResponseDoc,
    }),
  );

/** 400: a body, query or path parameter failed validation, or a domain check refused the input. */
export const ApiInvalidInput = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiExtraModels(ValidationErrorResponseDoc, ErrorResponseDoc),
    ApiBadRequestResponse({
      description:
        'Validation failed (`validation_failed`, with every wrong field), a path id is not a UUID, ' +
        'or a domain rule refused the input (its code, with the field and the citation).',
      schema: {
        oneOf: [
          { $ref: getSchemaPath(ValidationErrorResponseDoc) },
          { $ref: getSchemaPath(ErrorResponseDoc) },
        ],
      },
    }),
  );

/** 404: no such record in the caller's organisation; another organisation's record answers the same. */
export const ApiNotFoundInOrganisation = (): MethodDecorator & ClassDecorator =>
  ApiNotFoundResponse({
    description:
      "No such record visible to you. Another organisation's record answers 404 too, so its " +
      'existence is not revealed.',
    type: ErrorResponseDoc,
  });

/** 409: the request clashes with the record's current state (the description says how). */
export const ApiStateConflict = (description: string): MethodDecorator & ClassDecorator =>
  ApiConflictResponse({ description, type: ErrorResponseDoc });

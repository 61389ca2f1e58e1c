import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

import { isUuid } from '@api/common/validation/is-uuid';

import { fieldsRefused } from './validation';

/**
 * A record id in the path: anything but a UUID is refused with the same 400 as a bad body field,
 * naming the parameter (`caseId`), where Nest's ParseUUIDPipe names nothing.
 */
@Injectable()
export class ParseUuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, { data }: ArgumentMetadata): string {
    if (isUuid(value)) return value;
    throw fieldsRefused([{ field: data ?? 'id', message: 'must be a UUID' }]);
  }
}

import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

import { TEMPLATE_KEYS, type TemplateKey } from '@haven/contracts';

import { fieldsRefused } from '@api/common/pipes/validation';

import { isTemplateKey } from './template-catalogue';

/**
 * A template key in the path is one of a fixed list ('letter_hearing_en'), not a record id: any
 * other value is refused like a bad body field, 400 naming the parameter.
 */
@Injectable()
export class ParseTemplateKeyPipe implements PipeTransform<unknown, TemplateKey> {
  transform(value: unknown, { data }: ArgumentMetadata): TemplateKey {
    if (typeof value === 'string' && isTemplateKey(value)) return value;
    throw fieldsRefused([
      { field: data ?? 'key', message: `must be one of: ${TEMPLATE_KEYS.join(', ')}` },
    ]);
  }
}

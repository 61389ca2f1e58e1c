import { registerDecorator, type ValidationOptions } from 'class-validator';

import { isValidIsoDate } from '@haven/rules';

/** A real calendar date written `YYYY-MM-DD` (so `2026-02-30` is refused), as the rules library reads it. */
export function IsCivilDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCivilDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a real date written YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isValidIsoDate(value) },
    });
  };
}

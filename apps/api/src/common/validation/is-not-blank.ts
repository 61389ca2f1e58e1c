import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A string holding at least one character that is not whitespace. The database refuses blank names
 * with a CHECK (`length(trim(full_name)) > 0`); this refuses them first, naming the field, and more
 * strictly, since PostgreSQL's `trim` removes spaces only and not tabs, newlines or no-break spaces.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must not be blank', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && /\S/.test(value) },
    });
  };
}

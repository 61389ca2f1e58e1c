import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A telephone number as people write it: digits with spaces, dots, dashes, brackets, an optional
 * leading '+' and an optional extension ("x12"); 7 to 15 digits (E.164 allows at most 15). "abc"
 * or "555" is a typing slip that would leave a survivor unreachable, so it is refused.
 */
export const PHONE_NUMBER = /^\+?[0-9 ().-]+(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;
export const PHONE_NUMBER_MESSAGE =
  'must be a phone number: 7 to 15 digits, with spaces, dots, dashes or brackets';

export function isPhoneNumber(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 40 || !PHONE_NUMBER.test(value.trim())) {
    return false;
  }
  const digits = value.replace(/(x|ext\.?)\s*[0-9]+$/i, '').replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** Combine with @IsOptional where the number may be left out; null passes as "not given". */
export function IsPhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isPhoneNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: PHONE_NUMBER_MESSAGE, ...options },
      validator: { validate: (value: unknown) => isPhoneNumber(value) },
    });
  };
}

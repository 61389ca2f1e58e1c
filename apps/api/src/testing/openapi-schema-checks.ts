import type { Type } from '@nestjs/common';
import { getMetadataStorage, type MetadataStorage } from 'class-validator';

import { CLOCK_TIME } from '@api/common/validation/record-validators';

// Test support for api-docs.int-spec.ts: compares the OpenAPI document with what the code
// validates, so a DTO field added without @ApiProperty, or documented differently from how it is
// validated, fails a test instead of silently leaving the document behind.

/** The parts of an OpenAPI 3.0 schema object these checks read. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: SchemaObject | boolean;
  required?: string[];
}

export type Components = Record<string, SchemaObject>;

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

/** Follows `$ref` and a lone `allOf: [$ref]` (how nullable references are written). */
export function resolve(schema: SchemaObject, components: Components): SchemaObject {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (!target) throw new Error(`dangling $ref ${schema.$ref}`);
    return resolve(target, components);
  }
  if (schema.allOf?.length === 1 && !schema.properties) {
    const [only] = schema.allOf;
    if (only) return { ...resolve(only, components), nullable: schema.nullable };
  }
  return schema;
}

/** Every property a class-validator DTO validates (its own and inherited), with its metadata. */
export function validatedProperties(dto: Type<unknown>): Map<string, ValidationMetadata[]> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
  }
  return byProperty;
}

/**
 * Properties with no @IsOptional() whose validators still accept absence in some cases, so the
 * document rightly marks them optional. Keyed by DTO class name.
 */
const CONDITIONALLY_REQUIRED: Record<string, string[]> = {
  // @OutOfStateOnly(true): required for kind OOS only, refused for every other kind.
  CreateOrderDto: ['issuingState'],
};

/** Where @Type(() => X) is kept: class-transformer exports its store only from this deep path. */
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: {
    findTypeMetadata(target: object, property: string): { typeFunction(): unknown } | undefined;
  };
};

/**
 * Whether a @ValidateIf still validates a property that is absent: `(_o, v) => v !== null` lets
 * null through but refuses a missing value, so the property is required (and nullable), while
 * @IsOptional and conditions on other fields skip it.
 */
function validatesWhenMissing(meta: { constraints?: unknown[] }): boolean {
  const condition = meta.constraints?.[0];
  if (typeof condition !== 'function') return false;
  try {
    return (condition as (object: object, value: unknown) => unknown)({}, undefined) === true;
  } catch {
    return false;
  }
}

type ConstraintCheck = (schema: SchemaObject, constraints: unknown[]) => string | null;

const expectEqual = (what: string, actual: unknown, wanted: unknown): string | null =>
  actual === wanted ? null : `${what} is ${String(actual)}, validation says ${String(wanted)}`;

/** What the schema must say for each class-validator constraint it is checked against. */
const CONSTRAINT_CHECKS: Record<string, ConstraintCheck> = {
  isCivilDate: (s) => expectEqual('format', s.format, 'date'),
  isUuid: (s) => expectEqual('format', s.format, 'uuid'),
  isEmail: (s) => expectEqual('format', s.format, 'email'),
  isBoolean: (s) => expectEqual('type', s.type, 'boolean'),
  isInt: (s) => expectEqual('type', s.type, 'integer'),
  isString: (s) => expectEqual('type', s.type, 'string'),
  maxLength: (s, [n]) => expectEqual('maxLength', s.maxLength, n),
  minLength: (s, [n]) => expectEqual('minLength', s.minLength, n),
  max: (s, [n]) => expectEqual('maximum', s.maximum, n),
  min: (s, [n]) => expectEqual('minimum', s.minimum, n),
  arrayMaxSize: (s, [n]) => expectEqual('maxItems', s.maxItems, n),
  arrayMinSize: (s, [n]) => expectEqual('minItems', s.minItems, n),
  isIn: (s, [values]) => {
    const documented = [...(s.enum ?? [])].map(String).sort();
    const validated = [...(values as unknown[])].map(String).sort();
    return JSON.stringify(documented) === JSON.stringify(validated)
      ? null
      : `enum is [${documented.join(', ')}], validation allows [${validated.join(', ')}]`;
  },
  matches: (s, [pattern]) => {
    const source = (pattern as RegExp).source;
    if (source === CLOCK_TIME.source) {
      return expectEqual('format', s.format, 'time') ?? expectEqual('pattern', s.pattern, source);
    }
    // Matches(/\S/) refuses blank text: the document must at least refuse the empty string.
    return source === '\\S' && (s.minLength ?? 0) < 1 ? 'minLength must be at least 1' : null;
  },
};

/**
 * Compares a documented object schema with a DTO class: the same properties, the same required
 * set, and constraints that agree; nested DTOs (@ValidateNested) are compared in turn. Returns one
 * line per disagreement, each naming the DTO and property.
 */
export function compareWithDto(
  schema: SchemaObject,
  dto: Type<unknown>,
  components: Components,
  at = dto.name,
): string[] {
  const resolved = resolve(schema, components);
  const validated = validatedProperties(dto);
  const documented = resolved.properties ?? {};
  const problems: string[] = [];
  const names = new Set([...validated.keys(), ...Object.keys(documented)]);
  for (const name of [...names].sort()) {
    const where = `${at}.${name}`;
    const metas = validated.get(name);
    const property = documented[name];
    if (!metas) {
      problems.push(`${where} is documented but not validated (the whitelist refuses it)`);
      continue;
    }
    if (!property) {
      problems.push(`${where} is validated but missing from the document (add @ApiProperty)`);
      continue;
    }
    const optional =
      metas.some((m) => m.type === 'conditionalValidation' && !validatesWhenMissing(m)) ||
      (CONDITIONALLY_REQUIRED[dto.name] ?? []).includes(name);
    const required = (resolved.required ?? []).includes(name);
    if (optional === required) {
      problems.push(`${where} is ${required ? 'required' : 'optional'} in the document only`);
    }
    const value = resolve(property, components);
    for (const meta of metas) {
      const check = meta.name ? CONSTRAINT_CHECKS[meta.name] : undefined;
      const target = meta.each ? resolve(value.items ?? {}, components) : value;
      const problem = check?.(target, (meta.constraints ?? []) as unknown[]);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    if (metas.some((m) => m.type === 'nestedValidation')) {
      // A nullable or array property's design type is Object or Array; @Type names the class.
      const declared = Reflect.getMetadata('design:type', dto.prototype as object, name) as
        Type<unknown> | undefined;
      const transformed = defaultMetadataStorage.findTypeMetadata(dto, name)?.typeFunction() as
        Type<unknown> | undefined;
      const nested = declared && declared !== Array && declared !== Object ? declared : transformed;
      const schemaOfOne = value.type === 'array' ? (value.items ?? {}) : property;
      if (!nested || nested === Array || nested === Object) {
        problems.push(`${where}: cannot tell the nested DTO class; extend this check for arrays`);
      } else {
        problems.push(...compareWithDto(schemaOfOne, nested, components, where));
      }
    }
  }
  return problems;
}

/** A property found in a schema: its name, the component it sits in, and its description. */
export interface FoundProperty {
  owner: string;
  property: string;
  description?: string;
}

/**
 * Every property name reachable from a schema, each with the component it sits in (or the path of
 * an inline schema), following references, compositions, array items and maps.
 */
export function reachableProperties(
  schema: SchemaObject,
  components: Components,
  owner = '(inline)',
  seen = new Set<string>(),
): FoundProperty[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    seen.add(name);
    return reachableProperties(components[name] ?? {}, components, name, seen);
  }
  const found: FoundProperty[] = [];
  for (const [property, value] of Object.entries(schema.properties ?? {})) {
    found.push({ owner, property, description: value.description });
    found.push(...reachableProperties(value, components, `${owner}.${property}`, seen));
  }
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])]) {
    found.push(...reachableProperties(part, components, owner, seen));
  }
  if (schema.items) found.push(...reachableProperties(schema.items, components, owner, seen));
  if (typeof schema.additionalProperties === 'object') {
    found.push(...reachableProperties(schema.additionalProperties, components, owner, seen));
  }
  return found;
}

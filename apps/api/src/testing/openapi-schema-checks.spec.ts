import 'reflect-metadata';

import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

import { compareWithDto, reachableProperties, type Components } from './openapi-schema-checks';

class InnerDto {
  @IsString() @MaxLength(20) name!: string;
}

class OuterDto {
  @IsIn(['a', 'b']) kind!: string;
  @IsOptional() @IsCivilDate() on?: string;
  @ValidateNested() @Type(() => InnerDto) inner!: InnerDto;
}

const components: Components = {
  InnerDto: {
    type: 'object',
    properties: { name: { type: 'string', maxLength: 20 } },
    required: ['name'],
  },
  Kind: { type: 'string', enum: ['a', 'b'] },
};

const outer = {
  type: 'object',
  properties: {
    kind: { $ref: '#/components/schemas/Kind' },
    on: { type: 'string', format: 'date' },
    inner: { allOf: [{ $ref: '#/components/schemas/InnerDto' }] },
  },
  required: ['kind', 'inner'],
};

describe('compareWithDto', () => {
  it('accepts a schema that says what the DTO validates, through references', () => {
    expect(compareWithDto(outer, OuterDto, components)).toEqual([]);
  });

  it('names a validated property the document leaves out, also in a nested DTO', () => {
    const { on: _on, ...properties } = outer.properties;
    const inner = { type: 'object', properties: {}, required: [] };
    expect(
      compareWithDto({ ...outer, properties }, OuterDto, { ...components, InnerDto: inner }),
    ).toEqual([
      'OuterDto.inner.name is validated but missing from the document (add @ApiProperty)',
      'OuterDto.on is validated but missing from the document (add @ApiProperty)',
    ]);
  });

  it('names a documented property the whitelist would refuse, a wrong required set, enum and format', () => {
    const schema = {
      type: 'object',
      properties: {
        ...outer.properties,
        kind: { type: 'string', enum: ['a', 'c'] },
        on: { type: 'string' },
        extra: { type: 'string' },
      },
      required: ['kind', 'inner', 'on'],
    };
    expect(compareWithDto(schema, OuterDto, components)).toEqual([
      'OuterDto.extra is documented but not validated (the whitelist refuses it)',
      'OuterDto.kind: enum is [a, c], validation allows [a, b]',
      'OuterDto.on is required in the document only',
      'OuterDto.on: format is undefined, validation says date',
    ]);
  });
});

describe('reachableProperties', () => {
  it('follows references, compositions, array items and maps, naming each owner', () => {
    const found = reachableProperties(
      {
        type: 'object',
        properties: {
          list: { type: 'array', items: { $ref: '#/components/schemas/InnerDto' } },
          map: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }] } },
        },
      },
      components,
      'Outer',
    );
    expect(found).toEqual([
      { owner: 'Outer', property: 'list' },
      { owner: 'InnerDto', property: 'name' },
      { owner: 'Outer', property: 'map' },
    ]);
  });
});

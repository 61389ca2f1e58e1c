import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

import type { AssignAdvocatesRequest } from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

export class AssignAdvocatesDto implements AssignAdvocatesRequest {
  @ApiProperty({
    ...UUID_SCHEMA,
    isArray: true,
    minItems: 1,
    maxItems: 10,
    description: 'Every advocate of the case afterwards (replaces the current list).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('4', { each: true })
  advocateIds!: string[];
}

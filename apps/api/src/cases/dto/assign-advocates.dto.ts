import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

import type { AssignAdvocatesRequest } from '@haven/contracts';

export class AssignAdvocatesDto implements AssignAdvocatesRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('4', { each: true })
  advocateIds!: string[];
}

import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';

import type { ConflictCheckRequest } from '@haven/contracts';

import { PartyIdentityDto } from './create-case.dto';

export class ConflictCheckDto implements ConflictCheckRequest {
  @ApiProperty({ type: () => PartyIdentityDto })
  @ValidateNested()
  @Type(() => PartyIdentityDto)
  client!: PartyIdentityDto;

  @ApiProperty({ type: () => PartyIdentityDto })
  @ValidateNested()
  @Type(() => PartyIdentityDto)
  respondent!: PartyIdentityDto;
}

import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';

import type { ConflictCheckRequest } from '@haven/contracts';

import { PartyIdentityDto } from './create-case.dto';

export class ConflictCheckDto implements ConflictCheckRequest {
  @ApiProperty({ type: () => PartyIdentityDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => PartyIdentityDto)
  client!: PartyIdentityDto;

  @ApiProperty({ type: () => PartyIdentityDto })
  @IsDefined({ message: 'is required' })
  @IsObject({ message: 'must be an object' })
  @ValidateNested()
  @Type(() => PartyIdentityDto)
  respondent!: PartyIdentityDto;
}

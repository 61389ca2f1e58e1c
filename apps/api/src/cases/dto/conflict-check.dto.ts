import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import type { ConflictCheckRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

class ConflictPartyDto {
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(200)
  fullName!: string;

  @IsOptional()
  @IsCivilDate()
  dateOfBirth?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];
}

export class ConflictCheckDto implements ConflictCheckRequest {
  @ValidateNested()
  @Type(() => ConflictPartyDto)
  client!: ConflictPartyDto;

  @ValidateNested()
  @Type(() => ConflictPartyDto)
  respondent!: ConflictPartyDto;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import type { StepUpRequest } from '@haven/contracts';

export class StepUpDto implements StepUpRequest {
  @ApiPropertyOptional({ description: 'A fresh code, when the user has an authenticator.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'must be 6 digits' })
  code?: string;

  @ApiPropertyOptional({ format: 'password', minLength: 1, maxLength: 1024 })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'is required' })
  @MaxLength(1024)
  password?: string;
}

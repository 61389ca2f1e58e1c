import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

import type { SafeContactPreferences } from '@haven/contracts';

/** How the client may be reached without danger: part of the client's sealed record. */
export class SafeContactDto implements SafeContactPreferences {
  @ApiProperty() @IsBoolean() safeToCall!: boolean;
  @ApiProperty() @IsBoolean() safeToText!: boolean;
  @ApiProperty() @IsBoolean() safeToLeaveVoicemail!: boolean;
  @ApiProperty() @IsBoolean() safeToEmail!: boolean;

  @ApiPropertyOptional({
    maxLength: 100,
    description: 'A word that tells the client the caller is safe.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  codeWord?: string;

  @ApiPropertyOptional({ maxLength: 300, example: 'weekdays 10:00-14:00' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  safeTimes?: string;
}

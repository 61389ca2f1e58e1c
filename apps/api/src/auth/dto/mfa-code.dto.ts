import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import type { MfaCodeRequest } from '@haven/contracts';

export class MfaCodeDto implements MfaCodeRequest {
  @ApiProperty({
    description: 'Six digits from the authenticator app, or (at sign-in) an unused recovery code.',
    maxLength: 32,
    example: '123456',
  })
  @IsString()
  @MaxLength(32)
  @Matches(/^(\d{6}|[A-Za-z0-9]{4}(-?[A-Za-z0-9]{4}){3})$/, {
    message: 'must be 6 digits or a recovery code',
  })
  code!: string;
}

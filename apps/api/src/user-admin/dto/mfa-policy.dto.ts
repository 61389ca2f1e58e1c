import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

import type { MfaPolicy } from '@haven/contracts';

@ApiSchema({ name: 'MfaPolicy', description: "The organisation's second-factor rule." })
export class MfaPolicyDto implements MfaPolicy {
  @ApiProperty({
    description: 'Require an authenticator of every user, not only of admins and supervisors.',
  })
  @IsBoolean()
  requireForAll!: boolean;
}

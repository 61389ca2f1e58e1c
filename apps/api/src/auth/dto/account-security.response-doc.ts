import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  ChangePasswordResponse,
  MfaEnrolmentConfirmation,
  MfaEnrolmentResponse,
} from '@haven/contracts';

@ApiSchema({ name: 'MfaEnrolmentResponse', description: 'A new authenticator secret to scan.' })
export class MfaEnrolmentResponseDoc implements MfaEnrolmentResponse {
  @ApiProperty({ description: 'Base32, for typing into an app that cannot scan.' }) secret!: string;
  @ApiProperty() otpauthUri!: string;
  @ApiProperty({ description: 'The otpauth URI as a PNG data URL.' }) qrCodeDataUrl!: string;
}

@ApiSchema({
  name: 'MfaEnrolmentConfirmation',
  description: 'Recovery codes, shown this once; only their hashes are kept.',
})
export class MfaEnrolmentConfirmationDoc implements MfaEnrolmentConfirmation {
  @ApiProperty({ type: [String] }) recoveryCodes!: string[];
}

@ApiSchema({ name: 'ChangePasswordResponse' })
export class ChangePasswordResponseDoc implements ChangePasswordResponse {
  @ApiProperty({ description: 'How many other sessions were ended.' }) otherSessionsEnded!: number;
}

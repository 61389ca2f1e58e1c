import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import { ROLES, type Role, type SessionUserResponse, type SignInStage } from '@haven/contracts';

import { UUID_SCHEMA } from '@api/common/openapi/schema-options';

@ApiSchema({ name: 'OrganisationRef' })
class OrganisationRefDoc {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty() name!: string;
}

@ApiSchema({ name: 'SessionUserResponse', description: 'The signed-in user.' })
export class SessionUserResponseDoc implements SessionUserResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ format: 'email', description: "The staff member's own sign-in e-mail." })
  email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: OrganisationRefDoc }) organisation!: OrganisationRefDoc;
  @ApiProperty({
    enum: ['complete', 'mfa_code', 'mfa_enrolment'],
    description: 'How far sign-in has got; only complete reaches the rest of the API.',
  })
  stage!: SignInStage;
  @ApiProperty({ description: 'Whether the user has a confirmed authenticator.' })
  mfaEnrolled!: boolean;
}

import { ApiExtraModels, ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';

import type { RevealResponse } from '@haven/contracts';

import { SafeContactDto } from '@api/parties/dto/safe-contact.dto';
import { valuesOf } from '@api/common/openapi/schema-options';

import { REVEAL_PARTIES } from './reveal.dto';

const REVEAL_STATUSES = valuesOf<RevealResponse['status']>({
  revealed: true,
  empty: true,
  unavailable: true,
});

@ApiSchema({
  name: 'RevealResponse',
  description:
    'The one revealed value. `empty` when nothing was recorded; `unavailable` when the stored ' +
    'value could not be decrypted (tampering or a retired key), which is logged as an alert.',
})
@ApiExtraModels(SafeContactDto)
export class RevealResponseDoc implements RevealResponse {
  @ApiProperty({ enum: REVEAL_PARTIES, enumName: 'RevealParty' }) party!: 'client' | 'respondent';
  @ApiProperty() field!: string;
  @ApiProperty({ enum: REVEAL_STATUSES }) status!: RevealResponse['status'];

  @ApiProperty({
    oneOf: [{ type: 'string' }, { $ref: getSchemaPath(SafeContactDto) }],
    nullable: true,
    description: 'Text, or the safe-contact preferences when `field` is safeContact.',
  })
  value!: string | SafeContactDto | null;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import type { ClientSecretField, RespondentSecretField, RevealRequest } from '@haven/contracts';

import { CLIENT_SECRET_COLUMNS, RESPONDENT_SECRET_COLUMNS } from '@api/parties/confidential-fields';

export const REVEAL_PARTIES: ReadonlyArray<RevealRequest['party']> = ['client', 'respondent'];

/** Every field a reveal can return: the sealed columns of either party. */
export const REVEALABLE_FIELDS = [
  ...new Set([...Object.keys(CLIENT_SECRET_COLUMNS), ...Object.keys(RESPONDENT_SECRET_COLUMNS)]),
] as Array<ClientSecretField | RespondentSecretField>;

export class RevealDto implements RevealRequest {
  @ApiProperty({ enum: REVEAL_PARTIES, enumName: 'RevealParty' })
  @IsIn(REVEAL_PARTIES)
  party!: 'client' | 'respondent';

  @ApiProperty({
    enum: REVEALABLE_FIELDS,
    enumName: 'RevealField',
    description:
      `A client has ${Object.keys(CLIENT_SECRET_COLUMNS).join(', ')}; ` +
      `a respondent ${Object.keys(RESPONDENT_SECRET_COLUMNS).join(', ')}.`,
  })
  @IsIn(REVEALABLE_FIELDS)
  field!: ClientSecretField | RespondentSecretField;

  @ApiProperty({ minLength: 5, maxLength: 500, description: 'Why the value is needed (audited).' })
  @IsString()
  @MinLength(5, { message: 'must say why the value is needed (at least 5 characters)' })
  @MaxLength(500)
  reason!: string;
}

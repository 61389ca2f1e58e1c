import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { NoteBodyResponse, NoteListResponse, NoteSummaryResponse } from '@haven/contracts';

import { INSTANT_SCHEMA, UUID_SCHEMA, valuesOf } from '@api/common/openapi/schema-options';

const NOTE_READ_STATUSES = valuesOf<NoteBodyResponse['status']>({
  revealed: true,
  unavailable: true,
});

@ApiSchema({
  name: 'NoteSummaryResponse',
  description: 'A case note as listed: who wrote it and when, never its body.',
})
export class NoteSummaryResponseDoc implements NoteSummaryResponse {
  @ApiProperty(UUID_SCHEMA) id!: string;
  @ApiProperty({ ...UUID_SCHEMA, nullable: true }) authorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) authorName!: string | null;
  @ApiProperty(INSTANT_SCHEMA) createdAt!: string;
}

@ApiSchema({ name: 'NoteListResponse', description: 'Oldest first.' })
export class NoteListResponseDoc implements NoteListResponse {
  @ApiProperty({ type: [NoteSummaryResponseDoc] }) items!: NoteSummaryResponseDoc[];
}

@ApiSchema({ name: 'NoteBodyResponse', description: 'The note with its body, read under audit.' })
export class NoteBodyResponseDoc extends NoteSummaryResponseDoc implements NoteBodyResponse {
  @ApiProperty({
    enum: NOTE_READ_STATUSES,
    description:
      '`unavailable` when the stored value does not decrypt (tampering or a retired key).',
  })
  status!: NoteBodyResponse['status'];

  @ApiProperty({ type: String, nullable: true }) body!: string | null;
}

import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type { CorrectionResponse } from '@haven/contracts';

@ApiSchema({
  name: 'CorrectionResponse',
  description: 'What a correction changed; the case was recomputed in the same transaction.',
})
export class CorrectionResponseDoc implements CorrectionResponse {
  @ApiProperty({ type: [String], description: 'The fields the correction changed.' })
  changed!: string[];
  @ApiProperty({ description: "Whether the case's deadlines were recomputed." })
  recomputed!: boolean;
}

import { ApiProperty } from '@nestjs/swagger';

import type { DenyExtensionMotionRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA } from '@api/common/openapi/schema-options';

export class DenyExtensionMotionDto implements DenyExtensionMotionRequest {
  @ApiProperty(CIVIL_DATE_SCHEMA)
  @IsCivilDate()
  deniedOn!: string;
}

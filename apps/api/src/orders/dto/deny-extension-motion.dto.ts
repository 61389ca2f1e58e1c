import type { DenyExtensionMotionRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';

export class DenyExtensionMotionDto implements DenyExtensionMotionRequest {
  @IsCivilDate()
  deniedOn!: string;
}

import { Controller, Get } from '@nestjs/common';

import { Public } from '@api/common/decorators/public.decorator';

/** Mounted only by createTestApp: a route that fails unexpectedly, to test what a 500 reveals. */
@Controller('test-only')
export class TestOnlyController {
  @Get('explode')
  @Public()
  explode(): never {
    throw new Error(
      'relation "secret_table" does not exist at /srv/haven/apps/api/src/explode.ts:12 for 417 Quillfeather Lane',
    );
  }
}

import { Controller, Get } from '@nestjs/common';

import { SEEDED_SECRETS } from '@haven/testing';

import { Public } from '@api/common/decorators/public.decorator';

/**
 * Mounted only by createTestApp: a route that fails unexpectedly, to test what a 500 reveals. The
 * error is shaped like TypeORM's QueryFailedError from a unique violation: SQL and a server path
 * in the message, the bound values in `parameters` and PostgreSQL's `detail`. The response must
 * carry none of it (routes.int-spec), and the log, which gets the error, none of the values (A8).
 */
@Controller('test-only')
export class TestOnlyController {
  @Get('explode')
  @Public()
  explode(): never {
    throw Object.assign(
      new Error('relation "secret_table" does not exist at /srv/haven/apps/api/src/explode.ts:12'),
      {
        query: 'insert into secret_table (address) values ($1)',
        parameters: [SEEDED_SECRETS.address],
        detail: `Key (address)=(${SEEDED_SECRETS.address}) already exists.`,
        driverError: { detail: `Key (address)=(${SEEDED_SECRETS.address}) already exists.` },
      },
    );
  }
}

import { Injectable } from '@nestjs/common';
import {
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthIndicatorResult,
} from '@nestjs/terminus';

import { DatabaseReadiness } from '@api/database/database-readiness';

const PING_TIMEOUT_MS = 1500;

/**
 * PostgreSQL's part of the health check. While the API is still waiting for its first connection
 * there is nothing to ping: it reports "database unavailable" at once.
 */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly readiness: DatabaseReadiness,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(key: string): Promise<HealthIndicatorResult> {
    if (!this.readiness.isReady()) {
      return Promise.resolve(this.indicators.check(key).down({ message: 'database unavailable' }));
    }
    return this.typeorm.pingCheck(key, { timeout: PING_TIMEOUT_MS });
  }
}

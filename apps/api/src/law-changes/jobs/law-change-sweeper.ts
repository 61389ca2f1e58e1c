import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { RULES_DEPLOYMENT } from '@haven/rules';

import { LawChangeReviewService } from '../law-change-review.service';
import { LawChangeProducer } from './law-change.producer';

/**
 * At worker start: the rules this deployment brings (RULES_DEPLOYMENT: the rule set and the
 * library's revision, so a corrected computation reaches stored cases as a law change does) are
 * compared with the ones stored per organisation, and an organisation that differs, or still has
 * pending reviews (a worker killed mid-run), gets its sweep job. The sweep then re-enqueues every
 * pending review.
 */
@Injectable()
export class LawChangeSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger('LawChanges');

  constructor(
    private readonly reviews: LawChangeReviewService,
    private readonly producer: LawChangeProducer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const organisations = await this.reviews.organisationsToSweep(RULES_DEPLOYMENT);
      for (const organisationId of organisations) {
        await this.producer.sweep(organisationId, RULES_DEPLOYMENT);
      }
      if (organisations.length > 0) {
        this.logger.log(
          `rules ${RULES_DEPLOYMENT}: ${organisations.length} organisation(s) to sweep`,
        );
      }
    } catch (err) {
      // The next start retries; a worker that cannot sweep still delivers follow-ups.
      this.logger.error(
        `law-change sweep not started: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
}

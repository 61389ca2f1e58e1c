import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { OrderProtectionFacts } from './order-protection-facts';
import { OrderProtectionFactsEntity } from './order-protection-facts.entity';

/** Writes the orders' protection facts the at-risk list reads (issue 18). */
@Injectable()
export class OrderProtectionFactsRepository {
  /** Replaces a case's rows with a fresh derivation, inside the caller's transaction. */
  async replaceForCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    rows: OrderProtectionFacts[],
  ): Promise<void> {
    const repo = manager.getRepository(OrderProtectionFactsEntity);
    await repo.delete({ organisationId, caseId });
    if (rows.length > 0) await repo.insert(rows);
  }
}

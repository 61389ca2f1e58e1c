import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { CaseComputationService } from '@api/case-computation/case-computation.service';
import { Clock, virginiaDate } from '@api/common/clock/clock';

import { DocumentContextRepository } from './document-context.repository';
import type { DocumentSource } from './document-data';

/**
 * A case as documents read it, in the caller's transaction: the stored facts computed by the one
 * computation path (never a date derived here), and the names the documents show.
 */
@Injectable()
export class DocumentSourceReader {
  constructor(
    private readonly computation: CaseComputationService,
    private readonly context: DocumentContextRepository,
    private readonly clock: Clock,
  ) {}

  async load(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userId: string,
  ): Promise<DocumentSource> {
    const { record, result } = await this.computation.compute(manager, organisationId, caseId);
    const names = await this.context.names(manager, organisationId, caseId, userId, record);
    return { record, computation: result, names, today: virginiaDate(this.clock.now()) };
  }
}

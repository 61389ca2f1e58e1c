import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Demographics, LscProblemCode, ReportFacts } from '@haven/contracts';

import { CaseEntity } from '@api/case-files/case.entity';

import { CaseReportFactsEntity } from './case-report-facts.entity';
import { ClientDemographicsEntity } from './client-demographics.entity';
import { IntakeDeclineEntity } from './intake-decline.entity';

/** Nothing reported: what a case answers before anyone fills its "for reports" section. */
export const NOT_REPORTED: Demographics = {
  raceEthnicity: [],
  gender: 'not_reported',
  ageBand: 'not_reported',
  classifications: {
    disability: 'not_reported',
    deafHardOfHearing: 'not_reported',
    limitedEnglish: 'not_reported',
    immigrantRefugeeAsylum: 'not_reported',
    rural: 'not_reported',
    homeless: 'not_reported',
    lgbtq: 'not_reported',
    veteran: 'not_reported',
  },
};

export type CaseFacts = Omit<ReportFacts, 'funding'>;

/** Report facts of cases, clients and declined intakes; the feature's only TypeORM user. */
@Injectable()
export class ReportFactsRepository {
  async find(manager: EntityManager, found: CaseEntity): Promise<CaseFacts> {
    const where = { organisationId: found.organisationId };
    const facts = await manager
      .getRepository(CaseReportFactsEntity)
      .findOneBy({ ...where, caseId: found.id });
    const demo = await manager
      .getRepository(ClientDemographicsEntity)
      .findOneBy({ ...where, clientId: found.clientId });
    return {
      victimisations: facts?.victimisations ?? [],
      legalIssues: facts?.legalIssues ?? [],
      lscProblemCode: (found.lscProblemCode as LscProblemCode | null) ?? null,
      serviceStatus: facts?.serviceStatus ?? null,
      notServedReason: facts?.notServedReason ?? null,
      demographics: demo
        ? {
            raceEthnicity: demo.raceEthnicity,
            gender: demo.gender,
            ageBand: demo.ageBand,
            classifications: {
              disability: demo.disability,
              deafHardOfHearing: demo.deafHardOfHearing,
              limitedEnglish: demo.limitedEnglish,
              immigrantRefugeeAsylum: demo.immigrantRefugeeAsylum,
              rural: demo.rural,
              homeless: demo.homeless,
              lgbtq: demo.lgbtq,
              veteran: demo.veteran,
            },
          }
        : NOT_REPORTED,
    };
  }

  /** Writes the case's facts, its client's demographics and its LSC problem code. */
  async save(manager: EntityManager, found: CaseEntity, facts: CaseFacts): Promise<void> {
    const organisationId = found.organisationId;
    await manager.getRepository(CaseReportFactsEntity).upsert(
      {
        caseId: found.id,
        organisationId,
        victimisations: facts.victimisations,
        legalIssues: facts.legalIssues,
        serviceStatus: facts.serviceStatus,
        notServedReason: facts.notServedReason,
      },
      ['caseId'],
    );
    const c = facts.demographics.classifications;
    await manager.getRepository(ClientDemographicsEntity).upsert(
      {
        clientId: found.clientId,
        organisationId,
        raceEthnicity: facts.demographics.raceEthnicity,
        gender: facts.demographics.gender,
        ageBand: facts.demographics.ageBand,
        disability: c.disability,
        deafHardOfHearing: c.deafHardOfHearing,
        limitedEnglish: c.limitedEnglish,
        immigrantRefugeeAsylum: c.immigrantRefugeeAsylum,
        rural: c.rural,
        homeless: c.homeless,
        lgbtq: c.lgbtq,
        veteran: c.veteran,
      },
      ['clientId'],
    );
    await manager
      .getRepository(CaseEntity)
      .update({ organisationId, id: found.id }, { lscProblemCode: facts.lscProblemCode });
  }

  async insertDecline(
    manager: EntityManager,
    row: Omit<IntakeDeclineEntity, 'id' | 'createdAt'>,
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(IntakeDeclineEntity).insert(row);
    return identifiers[0]?.['id'] as string;
  }
}

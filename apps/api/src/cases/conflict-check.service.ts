import { Injectable } from '@nestjs/common';

import type { ConflictHit } from '@haven/contracts';

import { PartiesRepository } from '@api/parties/parties.repository';

import { candidateKeys, toHit, type Candidate } from './conflict-matching';

/**
 * Acting for a survivor against someone the organisation already acts for (or the reverse) is a
 * conflict of interest: the new respondent is matched against existing clients, and the new client
 * against existing respondents, by normalised name, aliases and date of birth.
 */
@Injectable()
export class ConflictCheckService {
  constructor(private readonly parties: PartiesRepository) {}

  async find(
    organisationId: string,
    client: Candidate,
    respondent: Candidate,
  ): Promise<ConflictHit[]> {
    const [asClients, asRespondents] = await Promise.all([
      this.parties.findByNames(organisationId, 'client', candidateKeys(respondent)),
      this.parties.findByNames(organisationId, 'respondent', candidateKeys(client)),
    ]);
    return [
      ...asClients.map((m) => toHit('respondent', respondent, m)),
      ...asRespondents.map((m) => toHit('client', client, m)),
    ].filter((hit): hit is ConflictHit => hit !== null);
  }
}

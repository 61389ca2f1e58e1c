import { DEFAULT_FOLLOWUP_LEAD_TIMES, RulesInputError } from '@haven/rules';

import { virginiaDate, virginiaDateTime } from '@api/common/clock/clock';
import { BlindIndex } from '@api/crypto/blind-index';
import { FieldCipher, parseKeyRing } from '@api/crypto/field-cipher';

import { computeCase, type ComputedCase } from './compute';
import { SeededRandom } from './random';
import { RowBuilder, emptyRows, type Staff, type TableRows } from './rows';
import { ScenarioBuilder, type SeedCase } from './scenarios';

/** The keys the seed seals with: the same variables the API reads, so the API can open them. */
export interface SeedKeys {
  dataEncryptionKeys: string;
  dataEncryptionKeyId: string;
  blindIndexKey: string;
}

/** Everything a batch builder needs; plain data, so a worker thread can receive it. */
export interface BatchSetup {
  organisationId: string;
  staff: Staff;
  keys: SeedKeys;
  nowMs: number;
  seed: number;
  /** Reference numbers this builder draws: offset + 1, then every `stride`-th. */
  referenceOffset: number;
  referenceStride: number;
}

/** Draws cases, computes them with the API's own functions, and turns them into rows. */
export class BatchBuilder {
  private readonly scenarios: ScenarioBuilder;
  private readonly rows: RowBuilder;
  private readonly at: ReturnType<typeof virginiaDateTime>;
  private readonly now: Date;
  private readonly organisationId: string;
  refused = 0;

  constructor(setup: BatchSetup) {
    const now = new Date(setup.nowMs);
    this.now = now;
    this.organisationId = setup.organisationId;
    const today = virginiaDate(now);
    const random = new SeededRandom(setup.seed);
    this.at = virginiaDateTime(now);
    this.scenarios = new ScenarioBuilder(random, today);
    this.rows = new RowBuilder(
      setup.organisationId,
      setup.staff,
      new FieldCipher(parseKeyRing(setup.keys.dataEncryptionKeys, setup.keys.dataEncryptionKeyId)),
      new BlindIndex(Buffer.from(setup.keys.blindIndexKey, 'base64')),
      random,
      now,
      today,
      { offset: setup.referenceOffset, stride: setup.referenceStride },
    );
  }

  build(size: number): TableRows {
    const rows = emptyRows();
    for (let i = 0; i < size; i += 1) {
      // A drawn case the rules refuse is drawn again: the seed holds only facts the API accepts.
      for (let attempt = 0; ; attempt += 1) {
        const c: SeedCase = this.scenarios.build();
        let computed: ComputedCase;
        try {
          computed = computeCase(this.organisationId, c, this.at, this.now, [], {
            ...DEFAULT_FOLLOWUP_LEAD_TIMES,
          });
        } catch (err) {
          if (!(err instanceof RulesInputError) || attempt > 20) throw err;
          this.refused += 1;
          continue;
        }
        this.rows.add(rows, c, computed);
        break;
      }
    }
    return rows;
  }
}

import { RulesInputError } from '../errors';
import type { Citation } from '../model/citation';
import { isOrderKind, type OrderKind, type ReliefCode } from '../model/order-kind';
import { CITATIONS as C } from '../registry/citations';

/** One kind of relief an order may grant ("may be granted", never "will be"). */
export interface ReliefEntry {
  code: ReliefCode;
  relief: string;
  /** Wording specific to this order kind, e.g. '"stop abusing you"' or 'emergency only'. */
  note?: string;
  citation: Citation;
}

type Row = {
  code: ReliefCode;
  relief: string;
  kinds: readonly OrderKind[];
  notes?: Partial<Record<OrderKind, string>>;
};

const FA_ALL: readonly OrderKind[] = ['FA_EPO', 'FA_PPO', 'FA_PO'];
const AOV_ALL: readonly OrderKind[] = ['AOV_EPO', 'AOV_PPO', 'AOV_PO'];

// rules-spec §1.11, row by row (the guide's wording).
const ROWS: readonly Row[] = [
  {
    code: 'NO_ABUSE_OR_CRIME',
    relief:
      'Prohibit acts of family abuse / of violence, force or threat, or criminal offenses resulting in injury to person or property',
    kinds: [...FA_ALL, ...AOV_ALL],
    notes: { FA_PO: '"stop abusing you"' },
  },
  {
    code: 'NO_CONTACT',
    relief: 'Prohibit contact with the petitioner and family or household members',
    kinds: [...FA_ALL, ...AOV_ALL],
    notes: { FA_PPO: 'as the judge deems necessary' },
  },
  {
    code: 'NO_PHYSICAL_PRESENCE',
    relief:
      'Prohibit being in the petitioner\'s "physical presence" (intentional eye contact; unreasonably within 100 feet of home or work)',
    kinds: ['FA_EPO', 'AOV_EPO'],
    notes: { AOV_EPO: 'emergency only' },
  },
  {
    code: 'PET_POSSESSION',
    relief: 'Possession of a pet or companion animal if the petitioner is an owner',
    kinds: [...FA_ALL, ...AOV_ALL],
  },
  {
    code: 'RESIDENCE_POSSESSION',
    relief: 'Possession of the shared home, excluding the respondent (title unaffected)',
    kinds: FA_ALL,
  },
  {
    code: 'UTILITIES',
    relief: 'Respondent may not shut off necessary utilities / must restore them',
    kinds: ['FA_PPO', 'FA_PO'],
  },
  {
    code: 'ALTERNATIVE_HOUSING',
    relief: 'Respondent provides suitable alternative housing, possibly pays utility deposits',
    kinds: ['FA_PPO', 'FA_PO'],
  },
  {
    code: 'VEHICLE',
    relief: 'Temporary possession or use of a vehicle',
    kinds: ['FA_PPO', 'FA_PO'],
    notes: {
      FA_PPO: 'owned solely or jointly',
      FA_PO:
        'jointly owned; respondent barred from using it and must keep insurance, taxes and registration current',
    },
  },
  {
    code: 'PHONE_DEVICE',
    relief:
      'Exclusive use of a cell phone number or electronic device including the password; respondent may not terminate the contract early',
    kinds: ['FA_PPO', 'FA_PO'],
  },
  {
    code: 'NO_TRACKING',
    relief: 'Prohibit using a phone or device to locate or surveil the petitioner',
    kinds: ['FA_PPO', 'FA_PO'],
  },
  {
    code: 'TREATMENT',
    relief: 'Respondent to participate in treatment, counseling or other programs',
    kinds: ['FA_PO'],
  },
  {
    code: 'TEMP_CUSTODY_VISITATION',
    relief: 'Temporary custody or visitation of children in common',
    kinds: ['FA_PO'],
  },
  { code: 'TEMP_CHILD_SUPPORT', relief: 'Temporary child support', kinds: ['FA_PO'] },
  {
    code: 'OTHER_NECESSARY',
    relief:
      'Any other relief necessary to protect the petitioner and family / to prevent violence, crimes, or contact',
    kinds: ['FA_PPO', 'FA_PO', ...AOV_ALL],
  },
  {
    code: 'FIREARM_BAN',
    relief: 'No purchase, possession or transport of firearms',
    kinds: ['ESRO', 'FSRO'],
  },
  { code: 'SURRENDER_CHP', relief: 'Surrender concealed handgun permit', kinds: ['ESRO'] },
  {
    code: 'SURRENDER_FIREARMS',
    relief: 'Surrender firearms to the serving agency',
    kinds: ['ESRO'],
  },
  {
    code: 'FIREARMS_CONTINUE_HELD',
    relief: 'Surrendered firearms continue to be held',
    kinds: ['FSRO'],
  },
  {
    code: 'SEARCH_WARRANT_NOTICE',
    relief: 'Respondent informed a search warrant may be obtained',
    kinds: ['FSRO'],
  },
];

/** Every relief code, in catalogue order. */
export const RELIEF_CODES: readonly ReliefCode[] = ROWS.map((r) => r.code);

const KIND_CITATIONS: Readonly<Record<OrderKind, Citation | null>> = {
  FA_EPO: C.FA_EPO_RELIEF,
  FA_PPO: C.FA_PPO_RELIEF,
  FA_PO: C.FA_PO_RELIEF_AND_FEES,
  AOV_EPO: C.AOV_RELIEF,
  AOV_PPO: C.AOV_RELIEF,
  AOV_PO: C.AOV_RELIEF,
  ESRO: C.SRO_ESRO_RELIEF,
  FSRO: C.SRO_FSRO_RELIEF,
  // The issuing state's law decides what an out-of-state order grants.
  OOS: null,
};

/** What an order of `kind` may grant (rules-spec §1.11); [] for out-of-state orders. */
export function reliefCatalogue(kind: OrderKind): ReliefEntry[] {
  if (!isOrderKind(kind)) {
    throw new RulesInputError('INVALID_INPUT', 'kind', 'Expected an order-kind code.');
  }
  const citation = KIND_CITATIONS[kind];
  if (citation === null) {
    return [];
  }
  return ROWS.filter((r) => r.kinds.includes(kind)).map((r) => {
    const note = r.notes?.[kind];
    return note === undefined
      ? { code: r.code, relief: r.relief, citation }
      : { code: r.code, relief: r.relief, note, citation };
  });
}

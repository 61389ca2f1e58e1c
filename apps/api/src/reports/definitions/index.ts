import type { ReportId } from '@haven/contracts';

import type { ReportDefinition } from '../report-definition';
import { LSC_CSR } from './lsc-csr';
import { OUTCOMES } from './outcomes';
import { OVW_LAV } from './ovw-lav';
import { VA_VSDCS } from './va-vsdcs';
import { VOCA_PMT } from './voca-pmt';

/** Every report staff can run, one module each. */
export const REPORT_DEFINITIONS: Readonly<Record<ReportId, ReportDefinition>> = {
  'lsc-csr': LSC_CSR,
  'ovw-lav': OVW_LAV,
  'voca-pmt': VOCA_PMT,
  'va-vsdcs': VA_VSDCS,
  outcomes: OUTCOMES,
};

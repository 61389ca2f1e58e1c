import type { RetentionSettings } from '@haven/contracts';

/**
 * LSC asks grantees to keep case records five years (45 CFR 1630.11 and the grant assurances);
 * that is the default. No funder Haven serves asks for less than three years (2 CFR 200.334, the
 * federal grants' rule for OVW and VOCA money), so a stated minimum below that is refused.
 */
export const DEFAULT_RETENTION: RetentionSettings = { retentionYears: 5, funderMinimumYears: 5 };
export const MIN_FUNDER_YEARS = 3;
export const MAX_RETENTION_YEARS = 100;

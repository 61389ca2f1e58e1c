import type { Funder } from '@haven/contracts';

/** Each funder in words, and the reports a source of that funder is counted in. */
export const FUNDER_OPTIONS: ReadonlyArray<{ value: Funder; label: string; reports: string }> = [
  { value: 'LSC', label: 'Legal Services Corporation (LSC)', reports: 'LSC Case Service Report' },
  {
    value: 'OVW',
    label: 'Office on Violence Against Women (OVW)',
    reports: 'OVW Legal Assistance for Victims report',
  },
  {
    value: 'VOCA',
    label: 'Victims of Crime Act (VOCA)',
    // Virginia's VOCA money comes through DCJS, whose VSDCS collects it with the state's own grants.
    reports: 'VOCA Performance Measurement Tool and Virginia DCJS VSDCS',
  },
  {
    value: 'VA_DCJS',
    label: 'Virginia DCJS',
    reports: 'Virginia DCJS VSDCS',
  },
  { value: 'OTHER', label: 'Other funder', reports: 'Outcomes report, narrowed to this source' },
];

export function funderLabel(funder: Funder): string {
  return FUNDER_OPTIONS.find((o) => o.value === funder)?.label ?? funder;
}

export function funderReports(funder: Funder): string {
  return FUNDER_OPTIONS.find((o) => o.value === funder)?.reports ?? '';
}

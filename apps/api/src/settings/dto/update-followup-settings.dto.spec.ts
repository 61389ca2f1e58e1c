import { getMetadataStorage } from 'class-validator';

import { DEFAULT_FOLLOWUP_LEAD_TIMES, FOLLOWUP_LEAD_TIME_RANGES } from '@haven/rules';

import { UpdateFollowupSettingsDto } from './update-followup-settings.dto';

function boundsOf(property: string): { min?: number; max?: number } {
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(UpdateFollowupSettingsDto, '', true, false)
    .filter((m) => m.propertyName === property);
  const bound = (name: string) =>
    metadata.find((m) => m.name === name)?.constraints?.[0] as number | undefined;
  return { min: bound('min'), max: bound('max') };
}

describe('UpdateFollowupSettingsDto', () => {
  it('validates every lead time with the ranges the rules library enforces', () => {
    for (const [field, range] of Object.entries(FOLLOWUP_LEAD_TIME_RANGES)) {
      expect({ field, ...boundsOf(field) }).toEqual({ field, ...range });
    }
  });

  it('accepts the defaults', () => {
    for (const [field, value] of Object.entries(DEFAULT_FOLLOWUP_LEAD_TIMES)) {
      const { min = -Infinity, max = Infinity } = boundsOf(field);
      expect(value >= min && value <= max).toBe(true);
    }
  });
});

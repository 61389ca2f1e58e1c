import type { FollowupSettings, FollowupSettingsResponse } from '@haven/contracts';

import { DEFAULT_FOLLOWUP_LEAD_TIMES, type FollowupLeadTimes } from '@haven/rules';

import type { StoredFollowupSettings } from '@api/case-computation/followup-settings.repository';

/** Allow-list of the lead times (the rules library's type may grow fields the wire does not). */
function toSettings(leads: FollowupLeadTimes): FollowupSettings {
  return {
    talkToClientDaysBeforeExpiry: leads.talkToClientDaysBeforeExpiry,
    fileMotionDaysBeforeDeadline: leads.fileMotionDaysBeforeDeadline,
    escalateDaysBeforeDeadline: leads.escalateDaysBeforeDeadline,
    firstServiceCheckCourtDays: leads.firstServiceCheckCourtDays,
    serviceCheckEveryCourtDays: leads.serviceCheckEveryCourtDays,
    extendPreliminaryCourtDaysBeforeHearing: leads.extendPreliminaryCourtDaysBeforeHearing,
    medicalNoticeReminderDays: leads.medicalNoticeReminderDays,
  };
}

export function toFollowupSettingsResponse(
  stored: StoredFollowupSettings,
): FollowupSettingsResponse {
  return {
    settings: toSettings(stored.leadTimes),
    defaults: toSettings(DEFAULT_FOLLOWUP_LEAD_TIMES),
    updatedAt: stored.updatedAt ? stored.updatedAt.toISOString() : null,
  };
}

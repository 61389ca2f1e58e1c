import { addCalendarYears, formatDayLong, type IsoDate } from '../calendar';
import type { PriorConviction } from '../model/violation';

/** One reading of "third or subsequent offense … within 20 years of the first conviction". */
export interface ThirdOffenseReading {
  felony: boolean;
  /** Date the reading counts from: the first conviction (primary) or offense − 20 years (window). */
  anchor: IsoDate | undefined;
  text: string;
}

function byDate(a: PriorConviction, b: PriorConviction): number {
  return a.convictedOn < b.convictedOn ? -1 : a.convictedOn > b.convictedOn ? 1 : 0;
}

/**
 * A-18 primary reading: at least two prior convictions, the offense on or before the first
 * conviction + 20 calendar years, and the current offense or any prior based on an act or threat of
 * violence.
 */
export function thirdOffenseFromFirstConviction(
  occurredOn: IsoDate,
  violent: boolean,
  priors: readonly PriorConviction[],
): ThirdOffenseReading {
  const sorted = [...priors].sort(byDate);
  const first = sorted[0];
  if (sorted.length < 2 || first === undefined) {
    return { felony: false, anchor: first?.convictedOn, text: 'fewer than two prior convictions' };
  }
  const limit = addCalendarYears(first.convictedOn, 20);
  const within = occurredOn <= limit;
  const anyViolent = violent || sorted.some((p) => p.basedOnActOrThreatOfViolence);
  const felony = within && anyViolent;
  const text = !within
    ? `offense after ${formatDayLong(limit)}, 20 years after the first conviction`
    : anyViolent
      ? `offense on or before ${formatDayLong(limit)}, 20 years after the first conviction`
      : 'no offense based on an act or threat of violence';
  return { felony, anchor: first.convictedOn, text };
}

/**
 * A-18 alternative (sliding window): the offense and at least two prior convictions within 20 years
 * before it, and any of those offenses based on an act or threat of violence.
 */
export function thirdOffenseInWindow(
  occurredOn: IsoDate,
  violent: boolean,
  priors: readonly PriorConviction[],
): ThirdOffenseReading {
  const start = addCalendarYears(occurredOn, -20);
  const inWindow = priors.filter((p) => p.convictedOn >= start && p.convictedOn <= occurredOn);
  const felony =
    inWindow.length >= 2 && (violent || inWindow.some((p) => p.basedOnActOrThreatOfViolence));
  return {
    felony,
    anchor: start,
    text: `${inWindow.length} prior conviction${inWindow.length === 1 ? '' : 's'} since ${formatDayLong(start)}`,
  };
}

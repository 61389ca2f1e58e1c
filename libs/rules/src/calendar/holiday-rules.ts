import { nthWeekdayOfMonth } from './civil-date';
import { daysFromCivil } from './day-number';

/** One dated holiday of Va. Code § 2.2-3300: its statutory name and the day number it falls on. */
export interface HolidayRule {
  name: string;
  actualDay: (year: number) => number;
  // Only fixed-date holidays can fall on a weekend and take the Friday/Monday observed rule.
  fixedDate: boolean;
}

const MONDAY = 1;
const THURSDAY = 4;

// Va. Code § 2.2-3300 as amended by the 2020 Acts (Election Day added and Lee-Jackson Day removed by
// HB 108 / SB 601; Juneteenth added by 2020 Sp. Sess. I c. 5). Lee-Jackson Day and Inauguration Day
// are deliberately absent (rules-spec §2.3). Governor's and President's days are closures (data).
export const VIRGINIA_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "New Year's Day", actualDay: (y) => daysFromCivil(y, 1, 1), fixedDate: true },
  {
    name: 'Martin Luther King, Jr., Day',
    actualDay: (y) => nthWeekdayOfMonth(y, 1, MONDAY, 3),
    fixedDate: false,
  },
  {
    name: 'George Washington Day',
    actualDay: (y) => nthWeekdayOfMonth(y, 2, MONDAY, 3),
    fixedDate: false,
  },
  { name: 'Memorial Day', actualDay: (y) => nthWeekdayOfMonth(y, 5, MONDAY, -1), fixedDate: false },
  { name: 'Juneteenth', actualDay: (y) => daysFromCivil(y, 6, 19), fixedDate: true },
  { name: 'Independence Day', actualDay: (y) => daysFromCivil(y, 7, 4), fixedDate: true },
  { name: 'Labor Day', actualDay: (y) => nthWeekdayOfMonth(y, 9, MONDAY, 1), fixedDate: false },
  {
    name: 'Columbus Day and Yorktown Victory Day',
    actualDay: (y) => nthWeekdayOfMonth(y, 10, MONDAY, 2),
    fixedDate: false,
  },
  // "the Tuesday following the first Monday in November", every year.
  {
    name: 'Election Day',
    actualDay: (y) => nthWeekdayOfMonth(y, 11, MONDAY, 1) + 1,
    fixedDate: false,
  },
  { name: 'Veterans Day', actualDay: (y) => daysFromCivil(y, 11, 11), fixedDate: true },
  {
    name: 'Thanksgiving Day',
    actualDay: (y) => nthWeekdayOfMonth(y, 11, THURSDAY, 4),
    fixedDate: false,
  },
  {
    name: 'Friday next following Thanksgiving',
    actualDay: (y) => nthWeekdayOfMonth(y, 11, THURSDAY, 4) + 1,
    fixedDate: false,
  },
  { name: 'Christmas Day', actualDay: (y) => daysFromCivil(y, 12, 25), fixedDate: true },
];

/** The first calendar year for which the encoded § 2.2-3300 list is the law in force. */
export const HOLIDAY_RULES_IN_FORCE_FROM_YEAR = 2021;

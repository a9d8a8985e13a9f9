/**
 * Calendar arithmetic on the proleptic Gregorian calendar (the one `Date` uses), in plain integers:
 * no `Date` object, whose `Date.UTC` also reads years 0-99 as 1900-1999. Shared by the vendors'
 * time formats (Xiaoe's `YYYY-MM-DD HH:mm:ss`, Volcengine's X-Date).
 */

export const DAY_SECONDS = 86_400;
const DAY_MS = DAY_SECONDS * 1000;
/** Days from 0000-03-01 to 1970-01-01, for the civil-calendar conversions below. */
const EPOCH_SHIFT_DAYS = 719_468;
const DAYS_PER_400_YEARS = 146_097;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1-12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a calendar date (H. Hinnant's `days_from_civil`).
 *
 * @example
 * daysFromCivil(1970, 1, 1) // 0
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT_DAYS;
}

/** A calendar date. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The calendar date of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
 *
 * @example
 * civilFromDays(0) // { year: 1970, month: 1, day: 1 }
 */
export function civilFromDays(days: number): CivilDate {
  const shifted = days + EPOCH_SHIFT_DAYS;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Epoch milliseconds of a UTC calendar time given field by field, or undefined when it is not a real
 * time (month 13, 2026-02-30, 24:00:00, or a negative field: {@link digitsAt} reads a non-digit as -1).
 *
 * @example
 * utcCalendarMs(2024, 1, 1, 12, 0, 0) // 1704110400000
 * utcCalendarMs(2026, 2, 30, 0, 0, 0) // undefined
 */
export function utcCalendarMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
}

/**
 * Birthdays ahead, for letter campaigns: when a person's next birthday falls within a
 * window from today, and the age they turn. Pure; dates are ISO strings.
 *
 * Only an exact date of birth (`YYYY-MM-DD`, not approximate) gives a birthday. Someone
 * born on 29 February has the birthday on 28 February in a common year.
 */
import { dayToIso, isoToDay } from './partial-date.js';

export interface Birthday {
  /** The day of the coming birthday, `YYYY-MM-DD` (today or later). */
  date: string;
  month: number;
  day: number;
  /** The age the person turns that day. */
  age: number;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function occurrence(year: number, month: number, day: number): string {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The next birthday on or after `today` if it falls within `days` days (today counts as the
 * first), else null; null too for a date of birth that is not an exact day.
 *
 * @example
 * nextBirthday('1985-02-20', '2024-02-02', 60); // { date: '2024-02-20', month: 2, day: 20, age: 39 }
 * nextBirthday('1985-01-10', '2024-12-15', 60); // { date: '2025-01-10', month: 1, day: 10, age: 40 }
 */
export function nextBirthday(birthDate: string, today: string, days: number): Birthday | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return null;
  const [born, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = Number(today.slice(0, 4));
  let date = occurrence(year, month, day);
  if (date < today) date = occurrence(year + 1, month, day);
  if (isoToDay(date) - isoToDay(today) >= days) return null;
  const age = Number(date.slice(0, 4)) - born;
  return age > 0 ? { date: dayToIso(isoToDay(date)), month, day, age } : null;
}

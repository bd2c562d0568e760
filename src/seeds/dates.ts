import { format, isValid, parse } from 'date-fns';
import type { CalendarDate } from '../types.ts';

// Dates are parsed and formatted at local noon: every zone has a noon on every day,
// so the calendar date never shifts, whatever TZ the build runs under.
const NOON = new Date(2000, 0, 1, 12, 0, 0, 0);

/** `2017-11-14` -> the same string if it names a real day, else null. */
export function parseCalendarDate(text: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = parse(text, 'yyyy-MM-dd', NOON);
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== text) return null;
  return text;
}

function toLocalNoon(date: CalendarDate): Date {
  return parse(date, 'yyyy-MM-dd', NOON);
}

/** Formats a calendar date with a date-fns pattern, e.g. `d MMMM yyyy`. */
export function formatCalendarDate(date: CalendarDate, pattern: string): string {
  return format(toLocalNoon(date), pattern);
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: CalendarDate): number {
  return (toLocalNoon(date).getDay() + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0, 12).getDate();
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

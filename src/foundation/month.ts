/**
 * Months as `YYYY-MM`: parsing the forms a spreadsheet writes, and month arithmetic.
 * Pure: no clock, no files.
 */
import { t } from '../i18n/index.ts';

/** The month forms budget.csv accepts, for messages and the guide. */
export const ACCEPTED_MONTH_FORMS = ['2026-01', '2026-01-01', '2026.01', '2026/01', 'Jan-26', '26-Jan'] as const;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function month(year: number, m: number): string | undefined {
  if (!Number.isInteger(year) || m < 1 || m > 12) return undefined;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * Reads a month written as one of ACCEPTED_MONTH_FORMS:
 * `2026-01`, `2026-01-01` (Excel's re-save of a month: the first day only),
 * `2026.01`, `2026/01`, `Jan-26` and `26-Jan` (Excel's English short forms, 20xx).
 * Anything else → undefined.
 */
export function parseMonth(text: string): string | undefined {
  const value = text.trim();
  let m = /^(\d{4})[-./](\d{2})$/.exec(value);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-01$/.exec(value);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^([A-Za-z]{3})-(\d{2})$/.exec(value);
  if (m) {
    const index = MONTH_NAMES.indexOf((m[1] ?? '').toLowerCase());
    return index < 0 ? undefined : month(2000 + Number(m[2]), index + 1);
  }
  m = /^(\d{2})-([A-Za-z]{3})$/.exec(value);
  if (m) {
    const index = MONTH_NAMES.indexOf((m[2] ?? '').toLowerCase());
    return index < 0 ? undefined : month(2000 + Number(m[1]), index + 1);
  }
  return undefined;
}

/** `2025-12-17` → `2025-12` */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** Every month from `first` to `last` inclusive (`YYYY-MM`). Empty when last < first. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Last calendar day of a month: `2026-02` → `2026-02-28`. */
export function lastDayOfMonth(monthText: string): string {
  const [y, m] = monthText.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${monthText}-${String(day).padStart(2, '0')}`;
}

/** `2026-06` → `2026년 6월` */
export function formatMonth(monthText: string): string {
  const [y, m] = monthText.split('-').map(Number) as [number, number];
  return t('format.month', { y, m });
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Numbers, money and dates in Korean conventions (KST, 억 원). */
import { t } from '../i18n/index.ts';
import { kstParts } from './kst.ts';

const integer = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return integer.format(value);
}

/** Share 0–1 as a percentage: `42.5%`. */
export function formatPercent(share: number): string {
  return `${oneDecimal.format(share * 100)}%`;
}

/**
 * Money stored in 백만원 (million won) as an integer, shown the Korean way:
 * 23300 → `233억 원`, 14050 → `140억 5,000만 원`, 75 → `7,500만 원`.
 */
export function formatMillionWon(millions: number): string {
  if (millions === 0) return t('format.wonZero');
  const sign = millions < 0 ? '−' : '';
  const abs = Math.abs(millions);
  const eok = Math.floor(abs / 100);
  const man = (abs % 100) * 100;
  const parts = [eok > 0 ? t('format.eok', { n: integer.format(eok) }) : '', man > 0 ? t('format.man', { n: integer.format(man) }) : ''].filter(Boolean);
  return t('format.won', { sign, amount: parts.join(' ') });
}

/** `2025년 12월 17일` */
export function formatKstDate(instant: Date): string {
  const p = kstParts(instant);
  return t('format.date', { y: p.year, m: p.month, d: p.day });
}

/** `2025년 12월 17일 14:00` (KST); date only when the time was not given. */
export function formatKstDateTime(instant: Date, dateOnly = false): string {
  if (dateOnly) return formatKstDate(instant);
  const p = kstParts(instant);
  return t('format.dateTime', { date: formatKstDate(instant), time: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}` });
}

/** `2025. 12. 17.` — the short form used in lists. */
export function formatKstShortDate(instant: Date): string {
  const p = kstParts(instant);
  return t('format.shortDate', { y: p.year, m: p.month, d: p.day });
}

/** A `YYYY-MM-DD` day as `2025년 12월 17일`. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return t('format.date', { y, m, d });
}

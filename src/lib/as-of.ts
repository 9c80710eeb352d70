import { kstMidnight, parseKstTime } from './kst.ts';

/**
 * The "as of" instant every page is computed for. `PORTAL_AS_OF` may be a date
 * (00:00 KST that day) or an ISO instant; without it, `now`.
 */
export function parseAsOf(value: string | undefined, now: Date): Date {
  if (value === undefined || value.trim() === '') return now;
  const parsed = parseKstTime(value);
  if (!parsed) {
    throw new Error(
      `PORTAL_AS_OF=${value} — 기준 시각 형식이 잘못되었습니다 (invalid as-of time) → 2026-03-01 또는 2026-03-01T09:00:00+09:00 처럼 적으세요`,
    );
  }
  return parsed.instant;
}

export { kstMidnight };

import { kstMidnight, parseKstTime } from './kst.ts';

/**
 * The "as of" instant every page and check is computed for, from `PORTAL_AS_OF`:
 * a date (00:00 KST that day) or an ISO instant. Pure: the caller decides what an
 * unset value means (src/content-io/site-env.ts fixes it once per run).
 */
export function parseAsOf(value: string): Date {
  const parsed = parseKstTime(value);
  if (!parsed) {
    throw new Error(
      `PORTAL_AS_OF=${value} — 기준 시각 형식이 잘못되었습니다 (invalid as-of time) → 2026-03-01 또는 2026-03-01T09:00:00+09:00 처럼 적으세요`,
    );
  }
  return parsed.instant;
}

export { kstMidnight };

/**
 * Times in Korea Standard Time. KST has no daylight saving: always UTC+09:00.
 * A bare date (YYYY-MM-DD) means 00:00 KST that day.
 */
export const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface KstTime {
  instant: Date;
  /** True when only a day was given: show the day, not 00:00. */
  dateOnly: boolean;
}

function validDay(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Midnight KST of a calendar day, as an instant. */
export function kstMidnight(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - KST_OFFSET_MS);
}

/** Parses `YYYY-MM-DD` (00:00 KST) or an ISO 8601 date-time with an offset. */
export function parseKstTime(text: string): KstTime | undefined {
  const bare = BARE_DATE.exec(text.trim());
  if (bare) {
    const [y, m, d] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
    if (!validDay(y, m, d)) return undefined;
    return { instant: kstMidnight(y, m, d), dateOnly: true };
  }
  const full = DATE_TIME.exec(text.trim());
  if (!full) return undefined;
  const [y, m, d, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(full[i] ?? 0)) as [
    number, number, number, number, number, number,
  ];
  if (!validDay(y, m, d) || hh > 23 || mm > 59 || ss > 59) return undefined;
  const instant = new Date(text.trim().replace(' ', 'T'));
  if (Number.isNaN(instant.getTime())) return undefined;
  return { instant, dateOnly: false };
}

/** The KST calendar day of an instant, as `YYYY-MM-DD`. */
export function kstDay(instant: Date): string {
  return new Date(instant.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Parts of the KST wall-clock time of an instant. */
export function kstParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const shifted = new Date(instant.getTime() + KST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** ISO 8601 with the +09:00 offset, for `<time datetime>` and feeds. */
export function toKstIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + KST_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+09:00`;
}

/**
 * The status of a notice's application period at the as-of time: 접수 예정, 접수중, 마감.
 * Pure: the period and the as-of instant come in as arguments. KST throughout.
 *
 * - `opens` is inclusive: at the opening instant the notice is open.
 * - `closes` is exclusive: at the closing instant it is closed.
 * - A bare date means 00:00 KST for `opens`, but the END of that day (24:00 KST) for
 *   `closes`: "마감 3월 20일" means applications are taken all of 20 March.
 */
import { closesAt, opensAt, type ApplicationPeriod } from '../schemas/application.ts';
import { DAY_MS, kstDay } from '../foundation/kst.ts';

export const NOTICE_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export function noticeStatus(period: ApplicationPeriod, asOf: Date): NoticeStatus {
  const now = asOf.getTime();
  if (now < opensAt(period).getTime()) return 'upcoming';
  if (now < closesAt(period).getTime()) return 'open';
  return 'closed';
}

/**
 * Whole KST calendar days from the as-of day to the last day applications are taken
 * (0 on the last day). Undefined unless the notice is open.
 */
export function daysLeft(period: ApplicationPeriod, asOf: Date): number | undefined {
  if (noticeStatus(period, asOf) !== 'open') return undefined;
  const lastDay = kstDay(new Date(closesAt(period).getTime() - 1));
  const today = kstDay(asOf);
  return Math.round((Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

export interface NoticeLike {
  id: string;
  data: { application?: ApplicationPeriod | undefined };
}

/** Notices open at the as-of time, the one closing soonest first. */
export function openNotices<T extends NoticeLike>(releases: readonly T[], asOf: Date): T[] {
  return releases
    .filter((r) => r.data.application !== undefined && noticeStatus(r.data.application, asOf) === 'open')
    .sort((a, b) => closesAt(a.data.application!).getTime() - closesAt(b.data.application!).getTime() || (a.id < b.id ? -1 : 1));
}

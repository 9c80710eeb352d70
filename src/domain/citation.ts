/**
 * "Cite this": the plain-text citation of a release, one line, and the licence line.
 * Pure: every part comes in as an argument (the permanent URL already absolute).
 *
 *   제주테크노파크 제주 AI 사업단 (2026년 3월 2일 09:00 KST). 「제목」. 공지. https://…/releases/2026-03-02-x/
 *   이용 허락: 공공누리 제1유형 (출처표시)
 */
import { t } from '../i18n/index.ts';
import { formatKstDateTime } from '../foundation/format.ts';
import type { KstTime } from '../foundation/kst.ts';

export interface CitationInput {
  /** Who publishes: the operating organisation's name (programme.yaml operator). */
  organization: string;
  /** The programme's name, e.g. 제주 AI 사업단. */
  programme: string;
  title: string;
  /** The category's Korean label: 보도자료, 공지, 행사, 성과. */
  kind: string;
  date: KstTime;
  /** The release's permanent, absolute URL. */
  url: string;
  licence: { name: string; url?: string | undefined };
}

/** The release time as cited: KST, with the zone named when a time of day is given. */
export function citationTime(date: KstTime): string {
  const text = formatKstDateTime(date.instant, date.dateOnly);
  return date.dateOnly ? text : `${text} KST`;
}

export function citationText(input: CitationInput): string {
  const author = input.programme.startsWith(input.organization) ? input.programme : `${input.organization} ${input.programme}`;
  const title = input.title.replace(/\s+/g, ' ').trim();
  return `${author} (${citationTime(input.date)}). 「${title}」. ${input.kind}. ${input.url}`;
}

export function licenceLine(licence: CitationInput['licence']): string {
  return t(licence.url ? 'cite.licenceWithUrl' : 'cite.licence', { name: licence.name, url: licence.url });
}

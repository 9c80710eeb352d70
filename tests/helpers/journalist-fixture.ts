/**
 * The content folder of the journalist-facing build tests (archives, notices,
 * attachments): made once per test run at a fixed place, so every test file that
 * uses it shares the same builds (buildSite caches per content folder and as-of).
 * Synthetic text and files live only here, never in content/.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { dailyReleases, writeContent } from './fixture-content.ts';
import { buildRoot } from './paths.ts';

export interface RawRelease {
  id: string;
  date: string;
  title: string;
  category?: string;
  tags?: string[];
  organizations?: string[];
  extra?: string[];
}

export function rawRelease(r: RawRelease): string {
  return [
    '---',
    `title: ${r.title}`,
    `summary: ${r.title} — 시험용 요약입니다.`,
    `date: ${r.date}`,
    `category: ${r.category ?? '보도자료'}`,
    `tags: [${(r.tags ?? []).join(', ')}]`,
    `organizations: [${(r.organizations ?? ['jeju-technopark']).join(', ')}]`,
    'contacts:',
    '  - organization: jeju-technopark',
    '    name: 제주테크노파크',
    'sources: [bizdaily-2025-12-20]',
    ...(r.extra ?? []),
    '---',
    '',
    `${r.title} 본문입니다. 시험용으로 만든 글입니다.`,
    '',
  ].join('\n');
}

/** An HWP-like file: the OLE compound-file signature HWP 5 starts with, then padding. */
export function hwpLike(bytes = 3000): Buffer {
  const buffer = Buffer.alloc(bytes, 0x20);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buffer);
  return buffer;
}

/** A small valid PDF (one empty page). */
export function smallPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** A 1600×900 PNG, so the pipeline has something to resize. */
export function bigPng(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 11, g: 74, b: 139 } } }).png().toBuffer();
}

export const OPEN_NOTICE = '2026-03-02-recruit-open';
export const CLOSED_NOTICE = '2026-02-02-recruit-closed';
export const UPCOMING_NOTICE = '2026-03-05-recruit-upcoming';
export const DRAFT_WITH_FILE = '2026-03-03-draft-attach';
export const SCHEDULED_WITH_IMAGE = '2026-06-01-scheduled-photo';
/** Scheduled one second after SCHEDULED_WITH_IMAGE: still hidden in a build at that one's instant. */
export const SCHEDULED_SECOND_LATER = '2026-06-01-scheduled-later';

export const OPEN_NOTICE_ATTACHMENTS = [
  'attachments:',
  '  - file: 참가신청서.hwp',
  '    title: 참가 신청서',
  '  - file: 모집-안내.pdf',
  '    title: 모집 안내문',
  '  - file: matching-room.png',
  '    title: 상담장 모습',
  '    alt: 수요기업과 공급기업 관계자가 마주 앉아 상담하는 자리',
  '    caption: 1차 매칭데이 상담장',
  '    credit: 제주테크노파크',
];

/** Writes (once per run) and returns the content folder. */
export async function journalistContent(): Promise<string> {
  const dir = path.join(buildRoot(), 'content-journalist');
  if (existsSync(path.join(dir, '.ready'))) return dir;
  const tmp = writeContent('journalist', dailyReleases(22));
  const files: Record<string, string | Buffer> = {
    'releases/2025/2025-12-17-launch.mdx': rawRelease({
      id: '2025-12-17-launch',
      date: '2025-12-17',
      title: '출범 보도자료',
      category: '행사',
      // Written decomposed (NFD), as text pasted on a Mac can be: read as NFC.
      tags: ['출범식', '매칭데이'.normalize('NFD')],
      organizations: ['jeju-technopark', 'uni-jeju', 'estsoft'],
    }),
    'releases/2026/2026-02-10-ai-jeonhwan.mdx': rawRelease({ id: '2026-02-10-ai-jeonhwan', date: '2026-02-10T14:00:00+09:00', title: 'AI 전환 설명회', tags: ['AI 전환', '매칭데이'], organizations: ['estsoft'] }),
    [`releases/2026/${OPEN_NOTICE}.mdx`]: rawRelease({
      id: OPEN_NOTICE,
      date: '2026-03-02T09:00:00+09:00',
      title: '2차 매칭데이 참가 기업 모집',
      category: '공지',
      tags: ['모집'],
      extra: ['application:', '  opens: 2026-03-02T09:00:00+09:00', '  closes: 2026-03-20T18:00:00+09:00', '  note: 신청서를 내려받아 작성해 주세요', ...OPEN_NOTICE_ATTACHMENTS],
    }),
    [`releases/2026/${CLOSED_NOTICE}.mdx`]: rawRelease({
      id: CLOSED_NOTICE,
      date: '2026-02-02',
      title: '1차 수요기업 모집',
      category: '공지',
      tags: ['모집'],
      extra: ['application: { opens: 2026-02-02, closes: 2026-02-13 }'],
    }),
    [`releases/2026/${UPCOMING_NOTICE}.mdx`]: rawRelease({
      id: UPCOMING_NOTICE,
      date: '2026-03-05',
      title: '3차 공급기업 모집 예고',
      category: '공지',
      tags: ['모집'],
      extra: ['application:', '  opens: 2026-04-01T09:00:00+09:00', '  closes: 2026-04-15'],
    }),
    [`releases/2026/${DRAFT_WITH_FILE}.mdx`]: rawRelease({
      id: DRAFT_WITH_FILE,
      date: '2026-03-03',
      title: '초안 첨부 보도자료',
      tags: ['모집'],
      organizations: ['estsoft'],
      extra: ['draft: true', 'attachments:', '  - file: 비공개.pdf', '    title: 비공개 문서'],
    }),
    [`releases/2026/${SCHEDULED_WITH_IMAGE}.mdx`]: rawRelease({
      id: SCHEDULED_WITH_IMAGE,
      date: '2026-06-01T09:00:00+09:00',
      title: '예약 사진 보도자료',
      extra: ['attachments:', '  - file: secret-photo.png', '    title: 비공개 사진', '    alt: 아직 공개되지 않은 사진', '    credit: 제주테크노파크'],
    }),
    [`releases/2026/${SCHEDULED_SECOND_LATER}.mdx`]: rawRelease({ id: SCHEDULED_SECOND_LATER, date: '2026-06-01T09:00:01+09:00', title: '1초 뒤 예약 보도자료' }),
    [`attachments/${OPEN_NOTICE}/참가신청서.hwp`]: hwpLike(),
    [`attachments/${OPEN_NOTICE}/모집-안내.pdf`]: smallPdf(),
    [`attachments/${OPEN_NOTICE}/matching-room.png`]: await bigPng(),
    [`attachments/${DRAFT_WITH_FILE}/비공개.pdf`]: smallPdf(),
    [`attachments/${SCHEDULED_WITH_IMAGE}/secret-photo.png`]: await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 0, b: 0 } } }).png().toBuffer(),
    'matches.yaml': [
      '- id: uni-jeju-estsoft',
      '  demand: uni-jeju',
      '  supply: estsoft',
      '  stages:',
      '    - stage: consultation',
      '      date: 2025-12-17',
      '  release: 2025-12-17-launch',
      '  source: bizdaily-2025-12-20',
      '',
    ].join('\n'),
  };
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(tmp, relative)), { recursive: true });
    writeFileSync(path.join(tmp, relative), content);
  }
  // Move into the fixed place only when complete.
  mkdirSync(dir, { recursive: true });
  cpSync(tmp, dir, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(path.join(dir, '.ready'), '');
  return dir;
}

/**
 * The content folder the hostile-content suite starts from: the base fixture, one public
 * release, a draft and a scheduled release (each with an attachment), all of it valid.
 * The draft's and the scheduled release's texts and files carry markers that must never
 * appear in any built file. Synthetic: it lives only in tests.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import { FIXTURES } from '../helpers/paths.ts';

export const AS_OF = '2026-06-01T12:00:00+09:00';
export const DRAFT_MARKER = 'DRAFTMARKER7f3a';
export const SCHEDULED_MARKER = 'SCHEDULEDMARKER9c1e';

export const PUBLIC_ID = '2026-03-02-public-news';
export const DRAFT_ID = '2026-04-01-draft-news';
export const SCHEDULED_ID = '2026-09-01-scheduled-news';

export interface ReleaseParts {
  title?: string;
  summary?: string;
  date?: string;
  tags?: string;
  organizations?: string;
  extra?: string[];
  body?: string;
}

/** A release file: frontmatter from the parts (raw YAML lines), then the body. */
export function releaseText(id: string, parts: ReleaseParts = {}): string {
  return [
    '---',
    `title: ${parts.title ?? `시험 보도자료 ${id}`}`,
    `summary: ${parts.summary ?? '시험용 요약입니다.'}`,
    `date: ${parts.date ?? `${id.slice(0, 10)}T10:00:00+09:00`}`,
    'category: 보도자료',
    `tags: ${parts.tags ?? '[시험]'}`,
    `organizations: ${parts.organizations ?? '[jeju-technopark]'}`,
    'contacts:',
    '  - organization: jeju-technopark',
    '    name: 제주테크노파크',
    'sources: [bizdaily-2025-12-20]',
    ...(parts.extra ?? []),
    '---',
    '',
    parts.body ?? '시험용 본문입니다.',
    '',
  ].join('\n');
}

/** Line of the body's first line in a file written by `releaseText` with `extra` lines of frontmatter. */
export const bodyLine = (extraLines = 0) => 14 + extraLines;

export function releasePath(dir: string, id: string): string {
  return path.join(dir, 'releases', id.slice(0, 4), `${id}.mdx`);
}

export function writeRelease(dir: string, id: string, parts: ReleaseParts = {}): void {
  mkdirSync(path.dirname(releasePath(dir, id)), { recursive: true });
  writeFileSync(releasePath(dir, id), releaseText(id, parts));
}

const attachmentLines = (file: string, title: string, image = false) => [
  'attachments:',
  `  - file: ${file}`,
  `    title: ${title}`,
  ...(image ? ['    alt: 시험용 그림', '    credit: 제주테크노파크'] : []),
];

export async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366cc' } }).png().toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header says width × height but whose file is a few hundred bytes (a "pixel bomb"). */
export function pixelBombPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0 (grey), no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(Buffer.alloc(512))), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A JPEG with a valid start that ends half-way through its data. */
export async function truncatedJpeg(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#cc6633' } }).jpeg().toBuffer();
  return jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
}

/** An animated WebP of `frames` frames of width × height (a few kilobytes for hundreds of megapixels). */
export async function animatedWebp(width: number, height: number, frames: number): Promise<Buffer> {
  const colours = ['#3366cc', '#cc3366'];
  const images = await Promise.all(Array.from({ length: frames }, (_, i) => sharp({ create: { width, height, channels: 3, background: colours[i % 2] ?? '#000' } }).png().toBuffer()));
  return sharp(images, { join: { animated: true }, limitInputPixels: false }).webp({ lossless: true, effort: 0, loop: 0 }).toBuffer();
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Writes the base folder into `dir` (which must not exist yet or be empty). */
export async function writeBase(dir: string): Promise<string> {
  cpSync(path.join(FIXTURES, 'site-base'), dir, { recursive: true });
  writeRelease(dir, PUBLIC_ID, { title: '공개된 소식', body: '공개된 본문입니다. [성과지표](/kpi/)를 보세요.', extra: attachmentLines('photo.png', '현장 사진', true) });
  writeRelease(dir, DRAFT_ID, { title: `초안 ${DRAFT_MARKER}`, summary: `초안 요약 ${DRAFT_MARKER}`, body: `초안 본문 ${DRAFT_MARKER}`, extra: ['draft: true', ...attachmentLines('draft.pdf', `초안 첨부 ${DRAFT_MARKER}`)] });
  writeRelease(dir, SCHEDULED_ID, { title: `예약 ${SCHEDULED_MARKER}`, summary: `예약 요약 ${SCHEDULED_MARKER}`, body: `예약 본문 ${SCHEDULED_MARKER}`, tags: `[예약${SCHEDULED_MARKER}]`, extra: attachmentLines('scheduled.pdf', `예약 첨부 ${SCHEDULED_MARKER}`) });
  const files: Record<string, Buffer> = {
    [`attachments/${PUBLIC_ID}/photo.png`]: await smallPng(),
    [`attachments/${DRAFT_ID}/draft.pdf`]: Buffer.concat([PDF, Buffer.from(DRAFT_MARKER)]),
    [`attachments/${SCHEDULED_ID}/scheduled.pdf`]: Buffer.concat([PDF, Buffer.from(SCHEDULED_MARKER)]),
  };
  for (const [relative, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), bytes);
  }
  return dir;
}

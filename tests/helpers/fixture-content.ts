/**
 * Writes throw-away content folders for tests: the committed base fixture
 * (tests/fixtures/site-base: programme and organisations) plus generated releases.
 * Synthetic text lives only here, never in content/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRoot, FIXTURES } from './paths.ts';

export interface ReleaseSpec {
  /** `YYYY-MM-DD-slug`; the folder year is taken from it unless `folder` is set. */
  id: string;
  date: string;
  title?: string;
  category?: string;
  organizations?: string[];
  extra?: string;
  body?: string;
  folder?: string;
}

export function releaseSource(spec: ReleaseSpec): string {
  const lines = [
    '---',
    `title: ${spec.title ?? `시험 보도자료 ${spec.id}`}`,
    `summary: ${spec.id} 보도자료의 요약입니다.`,
    `date: ${spec.date}`,
    `category: ${spec.category ?? '보도자료'}`,
    'tags: [시험]',
    `organizations: [${(spec.organizations ?? ['jeju-technopark']).join(', ')}]`,
    'contacts:',
    '  - organization: jeju-technopark',
    '    name: 제주테크노파크',
    'sources: [bizdaily-2025-12-20]',
    ...(spec.extra ? [spec.extra] : []),
    '---',
    '',
    spec.body ?? `${spec.id} 본문입니다. 시험용으로 만든 글입니다.`,
    '',
  ];
  return lines.join('\n');
}

/** A new content folder with the base fixture and these releases. */
export function writeContent(name: string, releases: ReleaseSpec[], files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(buildRoot(), `content-${name}-`));
  cpSync(path.join(FIXTURES, 'site-base'), dir, { recursive: true });
  for (const spec of releases) {
    const folder = path.join(dir, 'releases', spec.folder ?? spec.id.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${spec.id}.mdx`), releaseSource(spec));
  }
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
  return dir;
}

/** `count` releases, one a day from 2026-01-05 at 10:00 KST: enough for several archive pages. */
export function dailyReleases(count: number): ReleaseSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 5 + i));
    const ymd = day.toISOString().slice(0, 10);
    return { id: `${ymd}-daily-${String(i + 1).padStart(3, '0')}`, date: `${ymd}T10:00:00+09:00`, title: `일일 소식 ${i + 1}호` };
  });
}

/** The 1-based line of a file's first line that starts with `prefix` (so a test's expected line follows the file, not a count). */
export function lineStarting(file: string, prefix: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`${file}: no line starts with ${prefix}`);
  return index + 1;
}

/** The archive's pure parts: links from disk, the manifest and reproducible zip bytes, the figures on /data/. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { offlineHref, relativePath, type OfflineContext } from '../../src/domain/archive/offline-links.ts';
import { archiveZip, entryTime, MANIFEST_PATH, sha256Hex, type ArchiveFile } from '../../src/domain/archive/zip.ts';
import { fillArchiveFigures } from '../../src/integrations/record-archive.ts';
import { finishAlongside, runAlongside } from '../../src/integrations/alongside.ts';
import { archiveKey } from '../../src/build/record-archive.ts';
import { codeFiles } from '../../src/build/content-hash.ts';
import type { ArchivePlan } from '../../src/domain/archive/plan.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

describe('offline links', () => {
  const context: OfflineContext = {
    base: '/portal/',
    site: 'https://portal.example',
    archived: new Map([
      ['/', 'index.html'],
      ['/releases/a/', 'releases/a/index.html'],
      ['/releases/b/', 'releases/b/index.html'],
      ['/attachments/a/신청서.hwp', 'attachments/a/신청서.hwp'],
      ['/data/budget.csv', 'data/budget.csv'],
      ['/_astro/x.css', '_astro/x.css'],
    ]),
  };
  const from = 'releases/a/index.html';

  it('relative paths between archive files', () => {
    expect(relativePath(from, 'releases/b/index.html')).toBe('../b/index.html');
    expect(relativePath(from, 'index.html')).toBe('../../index.html');
    expect(relativePath('index.html', 'releases/a/index.html')).toBe('releases/a/index.html');
  });

  it('what the archive holds opens from disk; everything else is the live site; fragments, mail and other sites stay', () => {
    expect(offlineHref('/portal/releases/b/', from, context)).toBe('../b/index.html');
    expect(offlineHref('/portal/releases/b/#corrections-title', from, context)).toBe('../b/index.html#corrections-title');
    expect(offlineHref('https://portal.example/portal/releases/b/', from, context)).toBe('../b/index.html');
    expect(offlineHref('/portal/attachments/a/%EC%8B%A0%EC%B2%AD%EC%84%9C.hwp', from, context)).toBe('../../attachments/a/%EC%8B%A0%EC%B2%AD%EC%84%9C.hwp');
    expect(offlineHref('/portal/data/budget.csv', from, context)).toBe('../../data/budget.csv');
    expect(offlineHref('/portal/_astro/x.css', from, context)).toBe('../../_astro/x.css');
    expect(offlineHref('/portal/', from, context)).toBe('../../index.html');
    expect(offlineHref('/portal/search/?q=AI', from, context)).toBe('https://portal.example/portal/search/?q=AI');
    expect(offlineHref('/portal/kpi/', from, context)).toBe('https://portal.example/portal/kpi/');
    expect(offlineHref('#main', from, context)).toBe('#main');
    expect(offlineHref('mailto:a@b.kr', from, context)).toBe('mailto:a@b.kr');
    expect(offlineHref('https://example.org/x', from, context)).toBe('https://example.org/x');
  });
});

describe('archiveZip', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: ArchiveFile[] = [
    { path: 'releases/a/index.html', bytes: encode('<p>가</p>') },
    { path: 'attachments/a/신청서.hwp', bytes: encode('hwp') },
    { path: 'data/budget.csv', bytes: encode('\uFEFFmonth\r\n') },
  ];
  const meta = { title: 't', site: 'https://portal.example/', recordDate: '2026-12-31', about: 'a' };

  it('lists every file with its size and SHA-256, in path order, the manifest first and not in its own list', () => {
    const { zip, manifest } = archiveZip(files, meta);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([MANIFEST_PATH, 'attachments/a/신청서.hwp', 'data/budget.csv', 'releases/a/index.html']);
    const listed = JSON.parse(new TextDecoder().decode(entries[MANIFEST_PATH])) as typeof manifest;
    expect(listed).toEqual(manifest);
    expect(listed.recordDate).toBe('2026-12-31');
    for (const entry of listed.files) {
      expect(entries[entry.path]?.length).toBe(entry.size);
      expect(sha256Hex(entries[entry.path]!)).toBe(entry.sha256);
    }
  });

  it('gives the same bytes for the same files in any order, and dates every entry the record day, whatever the time zone', () => {
    const one = archiveZip(files, meta).zip;
    const two = archiveZip([...files].reverse(), meta).zip;
    expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
    const time = entryTime('2026-12-31');
    expect([time.getFullYear(), time.getMonth() + 1, time.getDate(), time.getHours()]).toEqual([2026, 12, 31, 12]);
  });

  it('gives the same bytes in every time zone (entry times are written from local parts)', () => {
    const script = `import('./src/domain/archive/zip.ts').then(({ archiveZip, sha256Hex }) => console.log(sha256Hex(archiveZip([{ path: 'a/가.txt', bytes: new TextEncoder().encode('x') }], ${JSON.stringify(meta)}).zip)))`;
    const hashes = ['UTC', 'Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' }).stdout.trim());
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(1);
  });

  it('refuses a path outside the archive or twice', () => {
    expect(() => archiveZip([...files, { path: '../x', bytes: encode('') }], meta)).toThrow(/outside/);
    expect(() => archiveZip([...files, files[0]!], meta)).toThrow(/twice/);
  });
});

describe('the figures on /data/', () => {
  it('fill the marked places only', () => {
    const html = '<dd data-archive-size data-astro-cid-x>빌드할 때</dd><dd data-archive-count data-astro-cid-x>빌드할 때</dd><dd>빌드할 때</dd>';
    expect(fillArchiveFigures(html, 372_863, 145)).toBe('<dd data-archive-size data-astro-cid-x>364.1 KB</dd><dd data-archive-count data-astro-cid-x>145</dd><dd>빌드할 때</dd>');
  });
});

describe('where the archive is written', () => {
  it('in astro:build:done after the pages, before the search index and the atomic publish (so into the staging folder: a failed archive fails the build and publishes nothing)', () => {
    // The config's list, read as text: importing it would pin an as-of instant in this process.
    const config = readFileSync(path.join(REPO_ROOT, 'astro.config.mjs'), 'utf8');
    const list = /integrations: \[([\s\S]*?)\n {2}\]/.exec(config)?.[1] ?? '';
    const calls = [...list.matchAll(/^\s{4}(\w+)\(/gm)].map((m) => m[1]);
    expect(calls.indexOf('recordArchiveIntegration')).toBeGreaterThan(-1);
    expect(calls.indexOf('recordArchiveIntegration')).toBeLessThan(calls.indexOf('searchIndex'));
    expect(calls.at(-1)).toBe('atomicPublish');
  });
});

describe('the archive kept in the cache', () => {
  /** A built site as small as the key reads it: one release page, its source, a dataset, a style. */
  function site(): { dir: string; content: string; plan: ArchivePlan } {
    const root = mkdtempSync(path.join(os.tmpdir(), 'archive-key-'));
    const dir = path.join(root, 'dist');
    const content = path.join(root, 'content');
    for (const [file, text] of [
      [path.join(dir, 'releases', 'r1', 'index.html'), '<p>보도자료</p>'],
      [path.join(dir, 'data', 'releases.csv'), 'id\nr1\n'],
      [path.join(dir, '_astro', 'a.css'), 'p{}'],
      [path.join(content, 'releases', '2026', 'r1.mdx'), '---\ntitle: x\n---\n'],
    ] as const) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const plan = { releases: [{ id: 'r1', title: '제목', date: '2026-01-05', source: 'releases/2026/r1.mdx' }], dataFiles: ['releases.csv'] } as unknown as ArchivePlan;
    return { dir, content, plan };
  }
  const lock = path.join(REPO_ROOT, 'package-lock.json');

  it('is keyed by all the code that writes it, followed through its imports (no list to forget a module in)', () => {
    const code = codeFiles(new URL('../../src/build/record-archive.ts', import.meta.url)).map((url) => path.relative(REPO_ROOT, fileURLToPath(url)));
    expect(code).toEqual(expect.arrayContaining(['src/build/record-archive.ts', 'src/build/offline-html.ts', 'src/domain/archive/zip.ts', 'src/domain/archive/offline-links.ts', 'src/i18n/ko.ts']));
    expect(code.every((file) => existsSync(path.join(REPO_ROOT, file)))).toBe(true);
  });

  it('is found again under the same key when nothing it is made of changed', () => {
    const { dir, content, plan } = site();
    expect(archiveKey(dir, content, plan, lock)).toBe(archiveKey(dir, content, plan, lock));
  });

  it('is made again when a page, a source, a style or the plan changed', () => {
    const { dir, content, plan } = site();
    const before = archiveKey(dir, content, plan, lock);
    const keys = new Set([before]);
    writeFileSync(path.join(dir, 'releases', 'r1', 'index.html'), '<p>고친 보도자료</p>');
    keys.add(archiveKey(dir, content, plan, lock));
    writeFileSync(path.join(content, 'releases', '2026', 'r1.mdx'), '---\ntitle: y\n---\n');
    keys.add(archiveKey(dir, content, plan, lock));
    writeFileSync(path.join(dir, '_astro', 'a.css'), 'p{color:red}');
    keys.add(archiveKey(dir, content, plan, lock));
    keys.add(archiveKey(dir, content, { ...plan, recordDate: '2027-01-01' } as ArchivePlan, lock));
    expect(keys.size).toBe(5);
  });
});

describe('work left running alongside the index', () => {
  it('is waited for, and its failure rethrown, before the publish', async () => {
    let done = false;
    runAlongside(new Promise<void>((resolve) => setTimeout(() => resolve(void (done = true)), 20)));
    await finishAlongside();
    expect(done).toBe(true);
    runAlongside(Promise.reject(new Error('archive failed')));
    await expect(finishAlongside()).rejects.toThrow('archive failed');
    // Nothing is left over for the next build.
    await expect(finishAlongside()).resolves.toBeUndefined();
  });
});

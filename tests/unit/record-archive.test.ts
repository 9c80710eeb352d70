/** The archive's pure parts: links from disk, the manifest and reproducible zip bytes, the figures on /data/. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { offlineHref, relativePath, type OfflineContext } from '../../src/domain/archive/offline-links.ts';
import { archiveZip, entryTime, MANIFEST_PATH, sha256Hex, type ArchiveFile } from '../../src/domain/archive/zip.ts';
import { fillArchiveFigures } from '../../src/integrations/record-archive.ts';
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

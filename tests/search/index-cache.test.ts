/**
 * The search index is kept in Astro's cache folder under a content hash (src/build/pagefind-index.ts):
 * a rebuild of the same pages copies the same bundle, and any change to what the bundle is made of
 * (a page, the words, the set of pages) indexes afresh. Pagefind runs for real, on a tiny site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, closePagefind, indexInputs } from '../../src/build/pagefind-index.ts';
import { languageData } from '../../src/domain/search/language.ts';
import { buildRoot } from '../helpers/paths.ts';

const language = languageData({ groups: [['TP', '테크노파크']], keep: [] });
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><title>${title}</title></head><body><article data-pagefind-body data-title="${title}"><h1>${title}</h1><p>${body}</p></article></body></html>`;

let siteDir: string;
let cacheDir: string;

/** Every file of a bundle (relative path → SHA-256). */
function bundle(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isFile()) files.set(entry, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return files;
}

const build = () => buildSearchIndex({ siteDir, mode: 'portal', language, cacheDir });

beforeAll(() => {
  const root = path.join(buildRoot(), 'index-cache');
  rmSync(root, { recursive: true, force: true });
  siteDir = path.join(root, 'dist');
  cacheDir = path.join(root, 'cache');
  for (const [name, html] of [
    ['releases/2026-01-05-one/index.html', page('감귤 와인', '제주테크노파크에서 발효 설비를 공개했습니다.')],
    ['releases/2026-02-05-two/index.html', page('해조류 화장품', '바이오기업이 원료를 찾습니다.')],
    ['about/index.html', '<!DOCTYPE html><html lang="ko"><body><p>색인하지 않는 쪽</p></body></html>'],
  ] as const) {
    mkdirSync(path.dirname(path.join(siteDir, name)), { recursive: true });
    writeFileSync(path.join(siteDir, name), html);
  }
});
afterAll(() => closePagefind());

describe('the search index cache', () => {
  let first: Map<string, string>;

  it('indexes afresh when nothing is cached, and keeps the bundle', async () => {
    const report = await build();
    expect(report).toMatchObject({ cached: false, pages: 2 });
    first = bundle(report.outputPath);
    expect([...first.keys()].filter((file) => file.startsWith('fragment/'))).toHaveLength(2);
    expect(readdirSync(path.join(cacheDir, 'portal-search-index'))).toHaveLength(1);
  });

  it('copies the same bundle, byte for byte, when the pages did not change', async () => {
    const report = await build();
    expect(report.cached).toBe(true);
    expect(bundle(report.outputPath)).toEqual(first);
  });

  it('leaves the bundle a cached build put in place whole when the cache folder is removed (linked files, never written again)', async () => {
    const { outputPath } = await build();
    rmSync(path.join(cacheDir, 'portal-search-index'), { recursive: true });
    expect(bundle(outputPath)).toEqual(first);
    // Indexed afresh, and cached again for the tests below.
    expect((await build()).cached).toBe(false);
  });

  it('indexes afresh when a page, the set of pages or the words change, and keeps only the newest bundle', async () => {
    const before = indexInputs({ siteDir, mode: 'portal', language }).key;
    expect(indexInputs({ siteDir, mode: 'alone', language }).key).not.toBe(before);
    expect(indexInputs({ siteDir, mode: 'portal', language: { ...language, keep: ['한라도'] } }).key).not.toBe(before);
    expect(indexInputs({ siteDir, mode: 'portal', language, include: (file) => file.includes('one') }).key).not.toBe(before);

    writeFileSync(path.join(siteDir, 'releases/2026-02-05-two/index.html'), page('해조류 화장품', '바이오기업이 새 원료를 찾습니다.'));
    const report = await build();
    expect(report.cached).toBe(false);
    expect(bundle(report.outputPath)).not.toEqual(first);
    expect(readdirSync(path.join(cacheDir, 'portal-search-index'))).toEqual([indexInputs({ siteDir, mode: 'portal', language }).key]);
  });

  it('never takes a bundle whose copy into the cache was interrupted', async () => {
    const { key } = indexInputs({ siteDir, mode: 'portal', language });
    const cache = path.join(cacheDir, 'portal-search-index');
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(path.join(cache, `${key}.partial`, 'fragment'), { recursive: true });
    const report = await build();
    expect(report.cached).toBe(false);
    expect(existsSync(path.join(report.outputPath, 'pagefind.js'))).toBe(true);
    expect(readdirSync(cache)).toEqual([key]);
  });
});

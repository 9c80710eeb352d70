/** The disk preview's pure parts on a small built site: its map of files, the rewrite, and what it refuses to overwrite. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_NOTE_CLASS, PREVIEW_PLACE_NOTE_CLASS, sitePathsOf, writeDiskPreview } from '../../src/build/disk-preview.ts';
import { buildRoot } from '../helpers/paths.ts';

const WHERE = { site: 'https://preview.invalid', base: '/' };

function builtSite(name: string): string {
  const dir = path.join(buildRoot(), `disk-preview-unit-${name}`, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://preview.invalid/"><meta http-equiv="content-security-policy" content="default-src \'self\'"><script type="module" src="/_astro/x.js"></script></head><body><header><a href="/releases/">보도자료</a><form action="/search/"><input name="q"></form></header><main><a href="/releases/2026-01-02-%ED%95%9C/#top">한</a><a href="https://example.org/">밖</a></main></body></html>',
    'releases/index.html': '<!doctype html><html><body><main><a href="/">홈</a></main></body></html>',
    'releases/2026-01-02-한/index.html': '<!doctype html><html><body><main><img src="/attachments/a/그림.png" srcset="/attachments/a/그림.png 1x"></main></body></html>',
    'kpi/index.html': '<!doctype html><html><body><main><figure><canvas></canvas><table><tr><td>1</td></tr></table></figure></main></body></html>',
    'search/index.html': '<!doctype html><html><body><main><p id="search-status"></p></main></body></html>',
    '_astro/a.css': 'body{margin:0}',
    '_astro/x.js': '',
    'attachments/a/그림.png': 'png',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the disk preview', () => {
  it('maps site paths to the files that hold them', () => {
    const map = sitePathsOf(['index.html', 'releases/a/index.html', '_astro/a.css', '404.html']);
    expect([...map]).toEqual([
      ['/index.html', 'index.html'],
      ['/', 'index.html'],
      ['/releases/a/index.html', 'releases/a/index.html'],
      ['/releases/a/', 'releases/a/index.html'],
      ['/_astro/a.css', '_astro/a.css'],
      ['/404.html', '404.html'],
    ]);
  });

  it('makes every site link relative, drops scripts and the CSP, and says where search and charts are missing', () => {
    const built = builtSite('rewrite');
    const out = path.join(path.dirname(built), 'preview');
    expect(writeDiskPreview(built, out, WHERE)).toBe(5);
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('href="_astro/a.css"');
    expect(home).toContain('href="releases/index.html"');
    expect(home).toContain('action="search/index.html"');
    expect(home).toContain(`href="releases/${encodeURIComponent('2026-01-02-한')}/index.html#top"`);
    expect(home).toContain('href="https://example.org/"');
    expect(home).toContain('rel="canonical" href="https://preview.invalid/"');
    expect(home).not.toMatch(/<script|content-security-policy/i);
    expect(home).toContain(`class="${PREVIEW_NOTE_CLASS}"`);
    expect(readFileSync(path.join(out, 'releases/index.html'), 'utf8')).toContain('href="../index.html"');
    const release = readFileSync(path.join(out, 'releases/2026-01-02-한/index.html'), 'utf8');
    expect(release).toContain(`src="../../attachments/a/${encodeURIComponent('그림.png')}"`);
    const kpi = readFileSync(path.join(out, 'kpi/index.html'), 'utf8');
    expect(kpi).not.toContain('<canvas');
    expect(kpi).toContain(`class="${PREVIEW_PLACE_NOTE_CLASS}"`);
    expect(kpi).toContain('<table>');
    expect(readFileSync(path.join(out, 'search/index.html'), 'utf8')).toMatch(/검색은 공개 사이트에서만/);
    // An earlier preview is replaced.
    expect(writeDiskPreview(built, out, WHERE)).toBe(5);
  });

  it('refuses to overwrite what is not a preview of its own, or the build itself', () => {
    const built = builtSite('refuse');
    const foreign = path.join(path.dirname(built), 'content');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(path.join(foreign, 'programme.yaml'), 'kept');
    expect(() => writeDiskPreview(built, foreign, WHERE)).toThrow(/PR 미리보기를 만들지 않았습니다/);
    expect(readFileSync(path.join(foreign, 'programme.yaml'), 'utf8')).toBe('kept');
    expect(() => writeDiskPreview(built, built, WHERE)).toThrow(/만들지 않았습니다/);
    expect(() => writeDiskPreview(built, path.join(built, 'preview'), WHERE)).toThrow(/만들지 않았습니다/);
    expect(() => writeDiskPreview(path.join(built, 'nothing'), path.join(path.dirname(built), 'p2'), WHERE)).toThrow(/만들지 않았습니다/);
    expect(existsSync(path.join(built, 'index.html'))).toBe(true);
  });
});

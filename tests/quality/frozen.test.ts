/**
 * Issue 12, a frozen record, and the reproducible build: once the programme's period and every
 * scheduled release are in the past, a rebuild on any later day gives the same output. The real
 * content and the settled full fixture, each built at two instants after the end (2027-02-01 and
 * 2027-09-01, shared-sites.ts), each build in a folder of its own with a fresh cache and its own
 * search index, are compared file by file: the same files, byte-identical but for the allow-list
 * of may-differ.ts (Pagefind files, each with its reason). Two builds at different instants that
 * must agree are a stronger check of reproducibility than two at one instant, which this test
 * replaced (one build fewer in every run). The earlier build runs in the warm build process and
 * the later one as `astro build` on its own (shared-sites.ts), so the same comparison shows that
 * the warm process the other shared sites are built in writes what `astro build` writes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { howBuilt, sharedSite, type SharedSiteName } from '../helpers/shared-sites.ts';
import { distFiles } from './dist.ts';
import { MAY_DIFFER } from './may-differ.ts';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.each([
  ['real content', 'realEnded', 'realEndedLater'],
  ['settled full fixture', 'fullEnded', 'fullEndedLater'],
] as [string, SharedSiteName, SharedSiteName][])('the frozen record: %s', (label, earlier, later) => {
  it('builds seven months apart after the end give the same files, byte for byte', async () => {
    const a = await sharedSite(earlier);
    const b = await sharedSite(later);
    expect(a.options.asOf).not.toBe(b.options.asOf);
    expect([howBuilt(earlier), howBuilt(later)]).toEqual(['warm', 'cold']);
    expect(b.outDir).not.toBe(a.outDir);
    expect(existsSync(path.join(b.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    const files = distFiles(a.outDir);
    expect(distFiles(b.outDir)).toEqual(files);
    // The whole record in one download is among the compared files (fixed entry times and order).
    expect(files).toContain('data/archive.zip');
    const differing = files.filter((f) => digest(path.join(a.outDir, f)) !== digest(path.join(b.outDir, f)));
    const unexplained = differing.filter((f) => !MAY_DIFFER.some((m) => m.pattern.test(f)));
    console.info(`[quality] frozen ${label}: ${files.length} files, ${differing.length} differ (${differing.length - unexplained.length} on the allow-list)`);
    expect(unexplained).toEqual([]);
    // Nothing on the pages names either build's day.
    for (const day of [a.options.asOf, b.options.asOf]) {
      const html = files.filter((f) => f.endsWith('.html') || f.endsWith('.json') || f.endsWith('.xml'));
      const naming = html.filter((f) => readFileSync(path.join(a.outDir, f), 'utf8').includes(day));
      expect(naming, day).toEqual([]);
    }
  });
});

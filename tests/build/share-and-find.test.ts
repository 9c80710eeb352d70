/**
 * Issue 14 on the built sites, points 1–3: the open data and the tag and organisation indexes
 * are a link away from every page; every chart and table of the KPI pages and /report/ links
 * its dataset's CSV and JSON (files the build wrote); every chart has its own anchor and its
 * take-away controls, whose CSV header matches the table; every release, KPI page and the
 * report has its own 1200×630 share image, og:image points at it, and a share control; the
 * images are the same bytes when another build (another process, its own cache) renders them.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedSite, type Shared } from '../helpers/shared-sites.ts';
import { distFiles } from '../quality/dist.ts';

let full: Shared;
let real: Shared;
let realEnded: Shared;
beforeAll(async () => {
  full = await sharedSite('full');
  real = await sharedSite('real');
  realEnded = await sharedSite('realEnded');
});

const html = (site: Shared) => distFiles(site.outDir).filter((f) => f.endsWith('.html'));
/** A link's target as a file of the build: `/portal/data/budget.csv` → `data/budget.csv`. */
const fileOf = (site: Shared, href: string) => decodeURI(href.split('#')[0] ?? '').slice(site.options.base.length);
const KPI_PAGES = ['kpi/budget/index.html', 'kpi/participants/index.html', 'kpi/matches/index.html', 'report/index.html'];

describe('data you can find (point 1)', () => {
  it('every page links /data/, /tags/ and /organizations/ from its footer', () => {
    for (const site of [full, real]) {
      const files = html(site);
      expect(files.length).toBeGreaterThan(30);
      for (const file of files) {
        const $ = cheerio.load(site.file(file));
        const links = $('footer [data-find-links] a').map((_, a) => $(a).attr('href')).get();
        expect(links, file).toEqual(['data/', 'tags/', 'organizations/'].map((p) => `${site.options.base}${p}`));
      }
    }
  });

  it('the archive links the tag and organisation indexes', () => {
    const $ = cheerio.load(full.page('/releases/'));
    const links = $('[data-archive-browse] a').map((_, a) => fileOf(full, $(a).attr('href') ?? '')).get();
    expect(links).toEqual(['tags/', 'organizations/']);
    for (const link of links) expect(full.has(`${link}index.html`), link).toBe(true);
  });

  it('every chart and table on the KPI pages and /report/ links its dataset as CSV and JSON, files the build wrote', () => {
    for (const site of [full, real]) {
      for (const page of KPI_PAGES) {
        const $ = cheerio.load(site.file(page));
        const tables = $('main table');
        // The full fixture has tables on every page; the real content's participants page only
        // its reported figure, and that empty state links its dataset too.
        if (site === full) expect(tables.length, page).toBeGreaterThan(0);
        expect($('main [data-dataset-links]').length, page).toBeGreaterThan(0);
        tables.each((_, table) => {
          // The links sit in the table's figure, or its section: beside it, never pages away.
          const box = $(table).closest('figure, section, [data-kpi-empty], .kpi-empty');
          const links = box.find('[data-dataset-links] a[data-format]');
          const id = $(table).attr('id') ?? '?';
          expect(links.length, `${site.options.content} ${page} #${id}`).toBeGreaterThanOrEqual(2);
          const formats = links.map((_, a) => $(a).attr('data-format')).get();
          expect(new Set(formats), `${page} #${id}`).toEqual(new Set(['csv', 'json']));
          links.each((_, a) => {
            const target = fileOf(site, $(a).attr('href') ?? '');
            expect(target, `${page} #${id}`).toMatch(/^data\/[a-z]+\.(csv|json)$/);
            expect(site.has(target), target).toBe(true);
          });
        });
      }
    }
  });
});

describe('take a chart with you (point 2)', () => {
  it('every chart has its own anchor, a link to it, and a CSV header with the table’s columns', () => {
    let charts = 0;
    for (const page of KPI_PAGES.slice(0, 3)) {
      const $ = cheerio.load(full.file(page));
      $('figure[data-kpi-chart]').each((_, figure) => {
        charts += 1;
        const id = $(figure).attr('id') ?? '';
        expect(id, page).toMatch(/^[a-z]+(-[a-z]+)+$/);
        const box = $(figure).find('[data-take-away]');
        expect(box.find('a.chart-link').attr('href'), id).toBe(`${full.options.base}${page.replace(/index\.html$/, '')}#${id}`);
        expect(box.attr('data-url'), id).toBe(`${full.options.site}${full.options.base}${page.replace(/index\.html$/, '')}#${id}`);
        const columns = JSON.parse(box.attr('data-columns') ?? '[]') as string[];
        const head = $(figure).find('table thead th').map((_, th) => $(th).text().trim()).get();
        expect(columns.length, id).toBe(head.length);
        columns.forEach((column, i) => expect(column.startsWith(head[i] ?? '?'), `${id}: ${column}`).toBe(true));
        expect(box.find('button[data-take="csv"]').length + box.find('button[data-take="png"]').length, id).toBe(2);
      });
    }
    expect(charts).toBeGreaterThanOrEqual(4);
  });
});

describe('share (point 3)', () => {
  const shareImage = (site: Shared, file: string) => {
    const $ = cheerio.load(site.file(file));
    const content = decodeURI($('meta[property="og:image"]').attr('content') ?? '');
    const prefix = `${site.options.site}${site.options.base}`;
    expect(content.startsWith(prefix), file).toBe(true);
    return content.slice(prefix.length);
  };

  it('every release, KPI page and the report has its own 1200×630 share image and a share control', async () => {
    for (const site of [full, real]) {
      const releases = html(site).filter((f) => /^releases\/\d{4}-\d{2}-\d{2}-[^/]+\/index\.html$/.test(f) && !cheerio.load(site.file(f))('meta[name="robots"][content="noindex"]').length);
      expect(releases.length).toBeGreaterThan(1);
      const pages = [...releases, 'kpi/index.html', ...KPI_PAGES];
      const images = new Set<string>();
      for (const file of pages) {
        const image = shareImage(site, file);
        expect(image, file).toMatch(/^share\/.+\.png$/);
        images.add(image);
        const meta = await sharp(path.join(site.outDir, image)).metadata();
        expect([meta.format, meta.width, meta.height], image).toEqual(['png', 1200, 630]);
        if (file !== 'kpi/index.html' && file !== 'report/index.html') {
          const $ = cheerio.load(site.file(file));
          expect($('[data-share]').attr('data-url'), file).toBe(decodeURI(`${site.options.site}${site.options.base}${file.replace(/index\.html$/, '')}`));
        }
      }
      // One image per page: no two pages share one.
      expect(images.size).toBe(pages.length);
      expect(shareImage(site, 'about/index.html')).toBe('og-default.png');
    }
  });

  it('the same card gives the same bytes in another build, with its own cache (a release does not depend on the day)', () => {
    const images = distFiles(real.outDir).filter((f) => f.startsWith('share/releases/'));
    expect(images.length).toBeGreaterThan(1);
    for (const image of images) {
      expect(readFileSync(path.join(realEnded.outDir, image)).equals(readFileSync(path.join(real.outDir, image))), image).toBe(true);
    }
  });
});

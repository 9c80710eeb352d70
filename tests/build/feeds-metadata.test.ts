/**
 * Feeds, metadata, sitemap and permanence in built sites (tests/helpers/shared-sites.ts): a
 * fixture recorded and then changed the proper way (a correction, a declared move, a declared
 * withdrawal), with a draft and a scheduled release, built under /portal/ (`feeds`); the real
 * content during the programme; the synthetic full-year fixture after the end date.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-io/check-content.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { DURING } from '../helpers/instants.ts';
import { ajv07 } from '../helpers/json-schema.ts';
import { sharedSite, SUB_BASE, SUB_SITE } from '../helpers/shared-sites.ts';
import { distFiles, htmlFilesOf } from '../quality/dist.ts';
import { CORRECTED, CORRECTION_NOTE, recordedContent, writeRelease } from '../unit/permanence.helper.ts';

const SITE = SUB_SITE;
const BASE = SUB_BASE;
const ROOT = `${SITE}${BASE}`;
const AS_OF = '2026-11-27';

/** Public at AS_OF, newest first, with the withdrawn one still listed (as a withdrawal). */
const EXPECTED = ['2026-06-15-afternoon', '2026-04-01-withdrawn', '2026-03-02-new-name', '2026-02-10-corrected', '2026-01-05-first'];
const FORMER = ['2026-04-01-withdrawn', '2026-03-02-old-name'];

let site: BuiltSite;
let real: BuiltSite;
let afterEnd: BuiltSite;
beforeAll(async () => {
  const feeds = await sharedSite('feeds');
  expect(feeds.options).toMatchObject({ asOf: AS_OF, base: BASE, site: SITE });
  site = feeds;
  real = await sharedSite('real');
  afterEnd = await sharedSite('afterEnd');
});

const urlOf = (id: string) => `${ROOT}releases/${id}/`;
/** Site URL of a built HTML file (`releases/x/index.html` → `https://…/portal/releases/x/`). */
const htmlFiles = (outDir: string) => htmlFilesOf(distFiles(outDir));
const pageUrl = (file: string) => `${ROOT}${file.replace(/index\.html$/, '').replace(/^404\.html$/, '404/')}`;

describe('the feeds', () => {
  it('RSS 2.0 parses and holds every public release and the withdrawal, newest first, no draft or scheduled one', () => {
    const feed = parseFeed(site.file('rss.xml'));
    expect(feed.meta.type).toBe('rss');
    expect(feed.items.map((item) => item.url)).toEqual(EXPECTED.map(urlOf));
    const times = feed.items.map((item) => item.published?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feed.items.map((item) => item.id)).toEqual(EXPECTED.map(urlOf));
    const text = site.file('rss.xml');
    expect(text).not.toMatch(/draft|scheduled|초안 보도자료|예약 보도자료/);
    expect(feed.url).toBe(ROOT);
    expect(feed.language).toBe('ko-KR');
  });

  it('carries a correction (content and dcterms:modified) and a withdrawal (title and reason)', () => {
    const feed = parseFeed(site.file('rss.xml'));
    const corrected = feed.items.find((item) => item.url === urlOf(CORRECTED.id));
    expect(corrected?.content).toContain(CORRECTION_NOTE);
    expect(corrected?.content).toContain('2026-02-12 정정');
    const $ = cheerio.load(site.file('rss.xml'), { xml: true });
    const modified = $('item').filter((_, item) => $(item).find('link').text() === urlOf(CORRECTED.id)).find('dcterms\\:modified').text();
    expect(modified).toBe('2026-02-12T00:00:00.000Z');
    const withdrawn = feed.items.find((item) => item.url === urlOf('2026-04-01-withdrawn'));
    expect(withdrawn?.title).toBe('[철회] 철회할 보도자료');
    expect(withdrawn?.description).toContain('2026-04-03에 철회되었습니다. 사유: 사실과 다른 일정이 실려 철회합니다.');
  });

  it('JSON Feed 1.1 has the same items with date_modified, and the required fields', () => {
    const feed = JSON.parse(site.file('feed.json')) as { items: { id: string; url: string; date_published: string; date_modified?: string; content_html: string }[] };
    // The JSON Feed 1.1 spec's required fields (feed-parser reads RSS and Atom only).
    const validate = ajv07().compile({
      type: 'object',
      required: ['version', 'title', 'items'],
      properties: {
        version: { const: 'https://jsonfeed.org/version/1.1' },
        home_page_url: { type: 'string', format: 'uri', pattern: `^${ROOT}` },
        feed_url: { const: `${ROOT}feed.json` },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id'],
            anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
            properties: { id: { type: 'string' }, date_published: { type: 'string', pattern: '\\+09:00$' } },
          },
        },
      },
    });
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    // The validator does check format: uri (a home page URL with a space is not one).
    expect(validate({ ...feed, home_page_url: `${ROOT}a b` })).toBe(false);
    expect(feed.items.map((item) => item.url)).toEqual(EXPECTED.map(urlOf));
    const corrected = feed.items.find((item) => item.url === urlOf(CORRECTED.id));
    expect(corrected?.date_modified).toBe('2026-02-12T09:00:00+09:00');
    expect(corrected?.content_html).toContain(CORRECTION_NOTE);
  });
});

describe('metadata on every page', () => {
  it('has a canonical URL, title, description, og:title, share image and the feed links', () => {
    const files = htmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const $ = cheerio.load(site.file(file));
      const where = `${file}: `;
      expect($('title').text().trim(), where).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.trim(), where).toBeTruthy();
      expect($('meta[property="og:title"]').attr('content')?.trim(), where).toBeTruthy();
      // Issue 14: a release, a KPI page and the report show their own share image; every other page the portal's.
      const release = /^releases\/(\d{4}-\d{2}-\d{2}-[^/]+)\/index\.html$/.exec(file)?.[1];
      const kpi = /^kpi\/(?:([a-z]+)\/)?index\.html$/.exec(file);
      const own = release && !FORMER.includes(release)
        ? `share/releases/${release}.png`
        : kpi
          ? `share/kpi/${kpi[1] ?? 'index'}.png`
          : file === 'report/index.html'
            ? 'share/report.png'
            : 'og-default.png';
      expect(decodeURI($('meta[property="og:image"]').attr('content') ?? ''), where).toBe(`${ROOT}${own}`);
      expect($('meta[name="twitter:card"]').attr('content'), where).toBe('summary_large_image');
      expect($('link[rel="alternate"][type="application/rss+xml"]').attr('href'), where).toBe(`${ROOT}rss.xml`);
      expect($('link[rel="alternate"][type="application/feed+json"]').attr('href'), where).toBe(`${ROOT}feed.json`);
      expect($('footer a[href$="rss.xml"]').attr('href'), where).toBe(`${BASE}rss.xml`);
      const canonical = $('link[rel="canonical"]').attr('href');
      if (file === '404.html') expect(canonical, where).toBeUndefined();
      else if (file.startsWith('releases/2026-03-02-old-name/')) expect(canonical).toBe(urlOf('2026-03-02-new-name'));
      else if (file === 'releases/page/1/index.html') expect(canonical, where).toBe(`${ROOT}releases/`);
      else expect(decodeURI(canonical ?? ''), where).toBe(pageUrl(file));
      // Every JSON-LD block parses.
      $('script[type="application/ld+json"]').each((_, el) => {
        expect(() => JSON.parse($(el).text()), where).not.toThrow();
      });
    }
  });

  it('describes each release as a NewsArticle with its times, publisher, author and corrections', () => {
    const ld = jsonLd(site.page('/releases/2026-02-10-corrected/'));
    const article = ld.find((node) => node['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: '정정할 보도자료',
      url: urlOf(CORRECTED.id),
      datePublished: '2026-02-10T14:00:00+09:00',
      dateModified: '2026-02-12T09:00:00+09:00',
      publisher: { '@type': 'Organization', name: '제주테크노파크' },
      author: { '@type': 'Organization', name: '제주테크노파크' },
      correction: [{ '@type': 'CorrectionComment', text: CORRECTION_NOTE, datePublished: '2026-02-12T09:00:00+09:00' }],
      image: [`${ROOT}share/releases/${CORRECTED.id}.png`],
    });
    const plain = jsonLd(site.page('/releases/2026-01-05-first/')).find((node) => node['@type'] === 'NewsArticle');
    expect(plain?.['dateModified']).toBe(plain?.['datePublished']);
    expect(plain).not.toHaveProperty('correction');
  });

  it('names the operator, its co-runner and the funding ministry on the home page', () => {
    const graph = (jsonLd(site.page('/'))[0]?.['@graph'] ?? []) as Record<string, unknown>[];
    const byName = (name: string) => graph.find((node) => node['name'] === name);
    expect(byName('제주테크노파크')).toMatchObject({ '@type': 'Organization' });
    expect(byName('중소벤처기업부')).toMatchObject({ '@type': 'GovernmentOrganization' });
    expect(byName('제주특별자치도')).toMatchObject({ '@type': 'GovernmentOrganization' });
    const project = graph.find((node) => node['@type'] === 'Project');
    expect(project).toMatchObject({ name: '제주 AI 사업단', funder: { '@id': byName('중소벤처기업부')?.['@id'] } });
    expect(project?.['parentOrganization']).toEqual([{ '@id': byName('제주테크노파크')?.['@id'] }, { '@id': byName('제주특별자치도')?.['@id'] }]);
  });
});

describe('the correction on the release page', () => {
  it('shows the dated 정정·수정 이력 block and the derived 최종 수정 time', () => {
    const $ = cheerio.load(site.page('/releases/2026-02-10-corrected/'));
    const block = $('section.corrections');
    expect(block.find('h2').text()).toBe('정정·수정 이력');
    expect(block.find('li').text()).toContain(CORRECTION_NOTE);
    expect(block.find('li time').attr('datetime')).toBe('2026-02-12T09:00:00+09:00');
    expect($('.corrections-meta time').attr('datetime')).toBe('2026-02-12T09:00:00+09:00');
    expect($('main').text()).toContain('12개 기관이 참석했습니다');
    expect(cheerio.load(site.page('/releases/2026-01-05-first/'))('section.corrections').length).toBe(0);
  });
});

describe('former addresses', () => {
  it('shows the withdrawal notice with its date and reason, out of search engines', () => {
    const $ = cheerio.load(site.page('/releases/2026-04-01-withdrawn/'));
    expect($('h1').text()).toBe('철회된 보도자료');
    expect($('main').text()).toContain('2026년 4월 3일에 철회되었습니다');
    expect($('main').text()).toContain('사실과 다른 일정이 실려 철회합니다.');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('sends a moved address to the new one', () => {
    const $ = cheerio.load(site.page('/releases/2026-03-02-old-name/'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${BASE}releases/2026-03-02-new-name/`);
    expect($('main a[href$="2026-03-02-new-name/"]').length).toBeGreaterThan(0);
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists every public page and nothing else', () => {
    const index = cheerio.load(site.file('sitemap-index.xml'), { xml: true });
    expect(index('sitemap loc').map((_, el) => index(el).text()).get()).toEqual([`${ROOT}sitemap-0.xml`]);
    const $ = cheerio.load(site.file('sitemap-0.xml'), { xml: true });
    const listed = $('url loc').map((_, el) => decodeURI($(el).text())).get().sort();
    const pages = htmlFiles(site.outDir)
      .map((file) => decodeURI(pageUrl(file)))
      .filter((url) => url !== `${ROOT}404/` && url !== `${ROOT}releases/page/1/` && !FORMER.some((id) => url === urlOf(id)))
      .sort();
    expect(listed).toEqual(pages);
    expect(listed.join('\n')).not.toMatch(/draft|scheduled|withdrawn|old-name|404|page\/1\//);
  });

  it('dates each page by its content (lastmod), not by the build', () => {
    const $ = cheerio.load(site.file('sitemap-0.xml'), { xml: true });
    const lastmod = new Map($('url').map((_, el) => [[decodeURI($(el).find('loc').text()), $(el).find('lastmod').text()]]).get() as [string, string][]);
    // The corrected release: its correction's instant; its list the same.
    const corrected = lastmod.get(urlOf(CORRECTED.id)) ?? '';
    expect(corrected).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(new Date(corrected).getTime()).toBeLessThanOrEqual(new Date(AS_OF).getTime());
    expect(lastmod.get(`${ROOT}releases/`)).toBeTruthy();
    expect(new Date(lastmod.get(`${ROOT}releases/`) ?? '').getTime()).toBeGreaterThanOrEqual(new Date(corrected).getTime());
    // Search has no content date of its own.
    expect(lastmod.get(`${ROOT}search/`)).toBe('');
    const dated = [...lastmod.values()].filter(Boolean);
    expect(dated.length).toBeGreaterThan(lastmod.size / 2);
  });

  it('/releases/page/1/ sends the reader to /releases/ (a static redirect, noindex)', () => {
    const $ = cheerio.load(site.page('/releases/page/1/'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${BASE}releases/`);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${ROOT}releases/`);
    expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
  });

  it('robots.txt points to the sitemap with the base', () => {
    expect(site.file('robots.txt')).toContain(`Sitemap: ${ROOT}sitemap-index.xml`);
  });
});

describe('a build with published text changed without a correction', () => {
  // The build's content gate is checkContent (src/integrations/content-gate.ts): what it reports
  // stops the build with the same lines (tests/hostile proves the wiring in real builds).
  it('stops in the content gate with the file, the change and how to fix it', async () => {
    const bad = recordedContent('feeds-bad');
    writeRelease(bad, { ...CORRECTED, body: '설명회에는 12개 기관이 참석했습니다.' });
    const gate = (await checkContent(bad, DURING)).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(gate.join('\n')).toMatch(/2026-02-10-corrected\.mdx:\d+ 본문 — 게시된 보도자료의 내용이 바뀌었는데 새 정정 기록이 없습니다 .* → 바뀐 내용을 되돌리거나, 머리말 corrections에/);
  });
});

describe('the real content during the programme', () => {
  it('has metadata on every page, a Dataset catalogue on /data/, and no ended notice', () => {
    const built = real;
    for (const file of htmlFiles(built.outDir)) {
      const $ = cheerio.load(built.file(file));
      expect($('title').text().trim(), file).not.toBe('');
      expect($('meta[name="description"]').attr('content'), file).toBeTruthy();
      expect($('meta[property="og:title"]').attr('content'), file).toBeTruthy();
      if (file !== '404.html') expect($('link[rel="canonical"]').attr('href'), file).toMatch(/^https:\/\/portal\.example\//);
      expect($('aside.ended').length, file).toBe(0);
    }
    const catalog = jsonLd(built.page('/data/')).find((node) => node['@type'] === 'DataCatalog');
    const datasets = (catalog?.['dataset'] ?? []) as Record<string, unknown>[];
    expect(datasets.length).toBeGreaterThan(0);
    for (const dataset of datasets) {
      expect(dataset).toMatchObject({ '@type': 'Dataset', name: expect.any(String), description: expect.any(String), license: expect.anything() });
      expect(dataset['distribution']).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'DataDownload', encodingFormat: 'text/csv' })]));
    }
    // The licence is a CreativeWork by name: the content gives no address for it, and none is made up.
    expect(datasets[0]?.['license']).toEqual({ '@type': 'CreativeWork', name: '공공누리 제1유형 (출처표시)' });
    // Same day: part 2 (the matching day, dayOrder 2) is newer than part 1 (the launch), though its id sorts first.
    expect(parseFeed(built.file('rss.xml')).items.map((item) => item.url)).toEqual([
      'https://portal.example/releases/2025-12-17-ai-matching-day/',
      'https://portal.example/releases/2025-12-17-jeju-ai-group-launch/',
    ]);
    const archive = cheerio.load(built.page('/releases/'));
    const listed = archive('a[href*="/releases/2025-12-17-"]').map((_, el) => archive(el).attr('href')).get();
    expect([...new Set(listed)]).toEqual(['/releases/2025-12-17-ai-matching-day/', '/releases/2025-12-17-jeju-ai-group-launch/']);
  });
});

describe('after the programme ends', () => {
  it('every page says so, with the final figures (잠정 until staff confirm them), a link to the report and the after-end contact', () => {
    const built = afterEnd;
    const files = htmlFiles(built.outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const notice = cheerio.load(built.file(file))('main aside.ended');
      const text = notice.text().replace(/\s+/g, ' ');
      expect(text, file).toContain('사업 기간(2025년 12월 17일 ~ 2026년 12월 31일)이 끝났습니다');
      expect(text, file).toMatch(/최종 성과\(잠정\): 예산 집행 [\d.]+% · 참여 기관 .+ · 수요·공급기업 매칭 \d+건/);
      expect(notice.find('a').attr('href'), file).toBe('/report/');
      // kpi-synthetic has no press.yaml: no contact for after the end is invented.
      expect(notice.find('[data-after-end-contact]').attr('data-after-end-contact'), file).toBe('none');
    }
  });
});

function jsonLd(html: string): Record<string, unknown>[] {
  const $ = cheerio.load(html);
  return $('script[type="application/ld+json"]').map((_, el) => JSON.parse($(el).text()) as Record<string, unknown>).get() as Record<string, unknown>[];
}

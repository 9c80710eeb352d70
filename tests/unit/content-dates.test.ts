/**
 * Each page's content date (src/domain/content-dates.ts), the sitemap's lastmod: read from the
 * content only, so a rebuild on another day changes no date; and the licence node of the JSON-LD.
 */
import { describe, expect, it } from 'vitest';
import { parseKstTime, type KstTime } from '../../src/foundation/kst.ts';
import { contentInstant, latestOf, pageContentDates, type ContentDateInput, type DatedRelease } from '../../src/domain/content-dates.ts';
import { licenceNode, type SiteContext } from '../../src/domain/structured-data.ts';

const time = (text: string): KstTime => {
  const parsed = parseKstTime(text);
  if (!parsed) throw new Error(`bad time ${text}`);
  return parsed;
};

const release = (id: string, date: string, extra: { tags?: string[]; organizations?: string[]; corrections?: string[] } = {}): DatedRelease => ({
  id,
  data: { date: time(date), tags: extra.tags ?? [], organizations: extra.organizations ?? [], corrections: (extra.corrections ?? []).map((c) => ({ date: time(c) })) },
});

function input(): ContentDateInput {
  return {
    // Newest first, as the archive lists them.
    releases: [release('2026-03-02-b', '2026-03-02T10:00:00+09:00', { tags: ['모집'], organizations: ['jtp'] }), release('2026-01-05-a', '2026-01-05', { tags: ['모집', '출범식'], corrections: ['2026-04-01'] })],
    figures: { budget: { referenceDate: '2026-02-28' }, participants: { referenceDate: '2026-03-10' }, matches: { referenceDate: undefined }, revisions: [{ date: '2026-05-01', dataset: 'budget' }] },
    datasets: [
      { name: 'budget', referenceDate: '2026-02-28', revisions: [{ date: '2026-05-01' }] },
      { name: 'organizations', referenceDate: '2026-03-10', revisions: [] },
      { name: 'programme', referenceDate: '2025-12-20', revisions: [] },
    ],
    organizations: [{ id: 'jtp', firstMentioned: '2025-12-17', membership: { joined: '2025-12-17' } }],
    pairs: [],
    policies: [{ slug: 'privacy', updated: '2025-12-01' }],
    press: '2026-02-01',
  };
}

describe('pageContentDates', () => {
  const dates = pageContentDates(input());
  it('dates a release by its last correction, else its release time (with its time when it has one)', () => {
    expect(dates.get('/releases/2026-01-05-a/')).toBe('2026-04-01');
    expect(dates.get('/releases/2026-03-02-b/')).toBe('2026-03-02T10:00:00+09:00');
  });
  it('dates a list by the latest of what it lists', () => {
    expect(dates.get('/releases/')).toBe('2026-04-01');
    expect(dates.get('/releases/2026/')).toBe('2026-04-01');
    expect(dates.get('/tags/출범식/')).toBe('2026-04-01');
    expect(dates.get('/organizations/jtp/')).toBe('2026-03-02T10:00:00+09:00');
  });
  it('dates a KPI page by its 기준일 or its dataset\'s latest revision, and /data/ by its datasets', () => {
    expect(dates.get('/kpi/budget/')).toBe('2026-05-01');
    expect(dates.get('/kpi/participants/')).toBe('2026-03-10');
    expect(dates.has('/kpi/matches/')).toBe(false);
    expect(dates.get('/kpi/')).toBe('2026-05-01');
    expect(dates.get('/data/')).toBe('2026-05-01');
    expect(dates.get('/policies/privacy/')).toBe('2025-12-01');
    expect(dates.get('/press/')).toBe('2026-02-01');
    // The report reports everything: the latest of all.
    expect(dates.get('/report/')).toBe('2026-05-01');
  });
  it('gives no date to a page with no dated content (search)', () => {
    expect(dates.has('/search/')).toBe(false);
  });
  it('compares a day (00:00 KST) with an instant', () => {
    expect(latestOf(['2026-03-02', '2026-03-01T23:00:00+09:00', undefined])).toBe('2026-03-02');
    expect(contentInstant('2026-03-02')).toBe(Date.parse('2026-03-01T15:00:00Z'));
  });
});

describe('licenceNode', () => {
  const ctx = (licence: { name: string; url?: string }) => ({ programme: { licence } }) as unknown as SiteContext;
  it('is a CreativeWork with the licence name, and its address only when the content gives one', () => {
    expect(licenceNode(ctx({ name: '공공누리 제1유형 (출처표시)' }))).toEqual({ '@type': 'CreativeWork', name: '공공누리 제1유형 (출처표시)' });
    expect(licenceNode(ctx({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }))).toEqual({ '@type': 'CreativeWork', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });
});

/**
 * Reads the KPI pages of the shared sites (tests/helpers/shared-sites.ts): the full fixture
 * (the synthetic KPI year inside) and the real content: the tables' numbers equal the lib's
 * output (kpiSnapshot), the cards show each KPI's 기준일 apart from the 업데이트 date, /kpi/
 * ships no JavaScript, the chart data island matches the table, the real budget shows the
 * empty state, and after the end date the pages use the final-results wording.
 */
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMillionWon, formatPercent } from '../../src/foundation/format.ts';
import { snapshotOf } from '../helpers/kpi-snapshot.ts';
import { sparkline } from '../../src/domain/kpi/sparkline.ts';
import { asOfPosition, type ChartSpec } from '../../src/domain/kpi/chart-spec.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { REAL_CONTENT } from '../helpers/paths.ts';
import { sharedSite, type Shared } from '../helpers/shared-sites.ts';
import { loadedScripts } from '../quality/dist.ts';

const AS_OF = '2026-11-27';
let full: Shared;
let real: Shared;
let afterEnd: Shared;
beforeAll(async () => {
  full = await sharedSite('full');
  real = await sharedSite('real');
  afterEnd = await sharedSite('afterEnd');
});


type Doc = cheerio.CheerioAPI;
const load = (site: BuiltSite, urlPath: string): Doc => cheerio.load(site.page(urlPath));

/** `data-value` of the n-th cell of a table row, as a number (undefined when absent). */
function cellValue($: Doc, table: string, key: string, column: number): number | undefined {
  const cell = $(`#${table} tr[data-key="${key}"] td`).eq(column);
  expect(cell.length, `${table} ${key} column ${column}`).toBe(1);
  const raw = cell.attr('data-value');
  return raw === undefined ? undefined : Number(raw);
}

function cellText($: Doc, table: string, key: string, column: number): string {
  return $(`#${table} tr[data-key="${key}"] td`).eq(column).text().trim();
}

function island($: Doc, figure: string): ChartSpec {
  const text = $(`#${figure}-canvas`).closest('figure').find('script[data-kpi-chart-spec]').text();
  return JSON.parse(text) as ChartSpec;
}

describe('page-side geometry (pure)', () => {
  const months = ['2025-12', '2026-01', '2026-02'];
  it('places the as-of line where the instant falls between the month-end points, clamped to the axis', () => {
    // 1월 1일 00:00 is the end of 12월: on its point; 1월 31일 00:00 is 30 of January's 31 days on.
    expect(asOfPosition(months, '2026-01-01')).toBeCloseTo(0);
    expect(asOfPosition(months, '2026-01-31')).toBeCloseTo(30 / 31);
    expect(asOfPosition(months, '2026-02-01')).toBeCloseTo(1);
    expect(asOfPosition(months, '2025-11-30')).toBe(-0.5);
    expect(asOfPosition(months, '2027-01-15')).toBe(2.5);
  });
  it('draws gaps for months with no figure, never a drop to 0', () => {
    const g = sparkline([1, 2, null, 4, null], { width: 100, height: 20, max: 4 });
    expect(g.paths.length).toBe(1);
    expect(g.dots.length).toBe(1);
    expect(g.last).toEqual(g.dots[0]);
  });
});

describe('KPI pages of the full fixture: the synthetic KPI year (as of 2026-11-27)', () => {
  const site = () => full;
  const expected = () => snapshotOf(full.options.content, full.options.asOf);

  it('is built as of the day these tests read', () => {
    expect(full.options.asOf).toBe(AS_OF);
  });

  it('has budget data worth charting (the fixture is not empty)', () => {
    const snap = expected();
    expect(snap.budget.status).not.toBe('no-data');
    expect(snap.budget.rows.length).toBe(snap.months.length);
    expect(snap.participants.basis).toBe('member-list');
    expect(snap.matches.total).toBeGreaterThan(0);
  });

  it('budget month table: every number equals the snapshot', () => {
    const $ = load(site(), '/kpi/budget/');
    const snap = expected();
    const table = 'budget-cumulative-table';
    expect($(`#${table} tbody tr`).length).toBe(snap.budget.rows.length);
    for (const row of snap.budget.rows) {
      expect(cellValue($, table, row.month, 0), `${row.month} planned`).toBe(row.planned);
      expect(cellValue($, table, row.month, 1), `${row.month} executed`).toBe(row.executed);
      expect(cellValue($, table, row.month, 2), `${row.month} cumulative planned`).toBe(row.cumulativePlanned);
      expect(cellValue($, table, row.month, 3), `${row.month} cumulative executed`).toBe(row.cumulativeExecuted);
      expect(cellValue($, table, row.month, 4), `${row.month} rate`).toBe(row.executionRate);
      if (row.cumulativeExecuted !== undefined) expect(cellText($, table, row.month, 3)).toBe(formatMillionWon(row.cumulativeExecuted));
      if (row.executionRate !== undefined) expect(cellText($, table, row.month, 4)).toBe(formatPercent(row.executionRate));
      // A past month without a figure says 미보고, never 0.
      if (row.state === 'not-reported') expect(cellText($, table, row.month, 3)).toBe('미보고');
    }
  });

  it('budget chart data island carries the same series as the table (in 억 원)', () => {
    const $ = load(site(), '/kpi/budget/');
    const snap = expected();
    const spec = island($, 'budget-cumulative');
    expect(spec.labels.length).toBe(snap.months.length);
    const actual = spec.series.find((s) => s.role === 'actual');
    expect(actual?.values).toEqual(snap.budget.executedSeries.map((p) => (p.value === undefined ? null : p.value / 100)));
    const plan = spec.series.find((s) => s.role === 'plan');
    if (snap.budget.plannedWhole !== undefined) {
      expect(plan?.values).toEqual(snap.budget.plannedSeries.map((p) => (p.value === undefined ? null : p.value / 100)));
    }
    // The as-of line stands in the as-of month's band.
    const index = snap.months.indexOf(snap.asOfMonth);
    expect(spec.asOf?.position).toBeGreaterThan(index - 0.5);
    expect(spec.asOf?.position).toBeLessThanOrEqual(index + 0.5);
    // The canvas has an accessible name.
    const canvas = $('#budget-cumulative-canvas');
    expect(canvas.attr('role')).toBe('img');
    expect(canvas.attr('aria-label')?.length).toBeGreaterThan(20);
  });

  it('budget sources table equals the snapshot, with the total in the footer', () => {
    const $ = load(site(), '/kpi/budget/');
    const { budget } = expected();
    for (const s of budget.sources) {
      expect(cellValue($, 'budget-sources', s.key, 0)).toBe(s.amount);
      expect(cellValue($, 'budget-sources', s.key, 2)).toBe(s.executed);
      expect(cellValue($, 'budget-sources', s.key, 4)).toBe(s.remaining);
    }
    expect(cellValue($, 'budget-sources', 'total', 0)).toBe(budget.total);
    expect(cellValue($, 'budget-sources', 'total', 2)).toBe(budget.executed);
    expect(cellValue($, 'budget-sources', 'total', 3)).toBe(budget.executionRate);
  });

  it('budget page shows the written reading, its 기준일 and source in the figure', () => {
    const $ = load(site(), '/kpi/budget/');
    const { budget } = expected();
    expect($('[data-kpi-reading]').text().trim()).toBe(budget.reading);
    const figure = $('#budget-cumulative-canvas').closest('figure');
    expect(figure.find('figcaption time').attr('datetime')).toBe(budget.referenceDate);
    expect(figure.find('figcaption').text()).toContain(budget.source);
  });

  it('matches tables equal the snapshot: funnel by stage and month by month', () => {
    const $ = load(site(), '/kpi/matches/');
    const snap = expected();
    const { matches } = snap;
    for (const { stage } of matches.stageOrder) {
      expect(cellValue($, 'matches-funnel-table', stage, 0), stage).toBe(matches.reached[stage]);
      expect(cellValue($, 'matches-funnel-table', stage, 1), stage).toBe(matches.byStage[stage]);
    }
    snap.months.forEach((month, i) => {
      matches.stageOrder.forEach(({ stage }, column) => {
        expect(cellValue($, 'matches-over-time-table', month, column), `${month} ${stage}`).toBe(matches.funnel[stage][i]?.value);
      });
    });
    expect($('#matches-list tbody tr').length).toBe(matches.rows.length);
  });

  it('participants page equals the snapshot', () => {
    const $ = load(site(), '/kpi/participants/');
    const snap = expected();
    const { participants } = snap;
    snap.months.forEach((month, i) => {
      expect(cellValue($, 'participants-series-table', month, 0), month).toBe(participants.series[i]?.value);
    });
    expect($('#participants-list tbody tr').length).toBe(participants.rows.length);
  });

  it('cards on /kpi/ show each KPI’s 기준일 and source, and 업데이트 apart', () => {
    const $ = load(site(), '/kpi/');
    const snap = expected();
    const reference = (card: string) => $(`[data-kpi-card="${card}"] [data-reference-date]`).attr('data-reference-date');
    expect(reference('budget')).toBe(snap.budget.referenceDate ?? '');
    expect(reference('clock')).toBe(snap.clock.today);
    expect(reference('participants')).toBe(snap.participants.referenceDate ?? '');
    expect(reference('matches')).toBe(snap.matches.referenceDate ?? '');
    // While the programme runs the site's updated day is the as-of day (src/domain/record.ts).
    expect($('[data-kpi-updated]').attr('data-kpi-updated')).toBe(snap.clock.today);
    // The build date is not the budget's 기준일: the data ends with its last reported month.
    expect(snap.budget.referenceDate).not.toBe(snap.clock.today);
    expect($('[data-kpi-card="budget"]').text()).toContain(formatPercent(snap.budget.executionRate ?? 0));
    expect($('[data-kpi-card="budget"]').text()).toContain(snap.budget.source);
    expect($('[data-kpi-card="participants"]').text()).toContain(snap.participants.label);
  });

  it('/kpi/ ships no JavaScript; the chart pages load their chart modules and the share control', () => {
    const $ = load(site(), '/kpi/');
    expect($('script[src], script[type="module"]').length).toBe(0);
    expect($('script:not([type="application/json"])').length).toBe(0);
    const budget = load(site(), '/kpi/budget/');
    // The charts (Chart.js) and their take-away buttons (issue 14).
    expect(budget('script[type="module"][src]').length).toBe(2);
    // Inline: the JSON data islands, and the share control's few lines (issue 14), nothing else.
    const inline = budget('script:not([src])').filter((_, el) => budget(el).attr('type') !== 'application/json');
    expect(inline.length).toBe(1);
    expect(inline.text()).toContain('data-share');
  });
});

describe('JavaScript budget of a KPI page (ARCHITECTURE.md: ≤ 70 kB gzipped in all)', () => {
  it('/kpi/budget/ loads at most 70 kB of gzipped JavaScript, Chart.js included', () => {
    // The quality gates' reader (scripts followed through their static imports), as for every page type.
    const { base, site } = full.options;
    const scripts = loadedScripts(full.outDir, site, base, 'kpi/budget/index.html', full.page('/kpi/budget/'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => Number.isNaN(s.gzip) || s.name.endsWith('(missing)'))).toEqual([]);
    const bytes = scripts.reduce((sum, s) => sum + s.gzip, 0);
    console.info(`KPI page JS: ${scripts.map((s) => s.name).join(', ')} = ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThanOrEqual(70 * 1024);
  });
});

describe('KPI pages of the real content (budget not reported)', () => {
  const site = () => real;

  it('participants: the reported figure with its source until a member list exists', () => {
    const $ = load(site(), '/kpi/participants/');
    expect($('[data-participants-reported]').attr('data-participants-reported')).toBe('20');
    expect($('main').text()).toContain('약 20개 기관');
    expect($('canvas').length).toBe(0);
  });

  it('matches: the one known pair at 상담', () => {
    const $ = load(site(), '/kpi/matches/');
    expect($('#matches-funnel-table tr[data-key="consultation"] td').first().attr('data-value')).toBe('1');
    expect($('#matches-funnel-table tr[data-key="agreement"] td').first().attr('data-value')).toBe('0');
    expect($('#matches-list tbody tr').length).toBe(1);
    expect($('#matches-list').text()).toContain('이스트소프트');
    // One month with a figure is no trend: no month-by-month chart of a single point.
    expect($('#matches-over-time-canvas').length).toBe(0);
  });

  it('budget shows the empty state with what is known, never a chart of zeros', () => {
    const $ = load(site(), '/kpi/budget/');
    expect($('[data-kpi-empty]').length).toBe(1);
    expect($('canvas').length).toBe(0);
    // No chart code: the share control's inline lines (issue 14) are all the page runs.
    expect($('script[type="module"][src]').length).toBe(0);
    const text = $('main').text();
    expect(text).toContain('233억 원');
    expect(text).toContain('140억 원');
    expect(text).toContain('비즈데일리(BizDaily), 2025-12-20, 경제 섹션');
  });

  it('cards: budget 미보고, the reported 약 20개 기관 with its source and 기준일', () => {
    const $ = load(site(), '/kpi/');
    const snap = snapshotOf(REAL_CONTENT, AS_OF);
    expect($('[data-kpi-card="budget"]').text()).toContain('미보고');
    expect($('[data-kpi-card="budget"] [data-reference-date]').attr('data-reference-date')).toBe('');
    const participants = $('[data-kpi-card="participants"]');
    expect(participants.text()).toContain('약 20개 기관');
    expect(participants.find('[data-reference-date]').attr('data-reference-date')).toBe('2025-12-17');
    expect(participants.text()).toContain('비즈데일리(BizDaily)');
    expect($('[data-kpi-card="matches"] [data-reference-date]').attr('data-reference-date')).toBe(snap.matches.referenceDate ?? '');
  });
});

describe('after the end date', () => {
  const site = () => afterEnd;

  it('pages switch to the final-results wording', () => {
    const $ = load(site(), '/kpi/');
    expect($('h1').text()).toContain('최종 성과');
    expect($('[data-kpi-card="clock"]').text()).toContain('종료');
    const budget = load(site(), '/kpi/budget/');
    expect(budget('h1').text()).toContain('최종 성과');
    expect(budget('[data-kpi-reading]').text()).toContain('최종');
    // The whole axis is the past: no as-of line at its edge.
    expect(island(budget, 'budget-cumulative').asOf).toBeUndefined();
  });
});

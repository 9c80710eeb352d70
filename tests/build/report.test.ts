/**
 * Issue 12: /report/ (사업 성과 보고) on the shared sites — interim during the programme (real
 * content and the full fixture), provisional after the end (real content), final after the
 * settlement (the settled full fixture); its figures are the KPI snapshot's; what was never
 * reported says so and is never 0; it is linked from home, the KPI pages and the ended notice;
 * the after-end contact of press.yaml shows on /press/ and in the ended notice only when staff
 * gave one; an extended period (kpi-synthetic with its end moved to 2027-06-30) needs no code.
 */
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDay, formatPercent } from '../../src/foundation/format.ts';
import { snapshotOf } from '../helpers/kpi-snapshot.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { EXTENDED_AS_OF, SETTLED_ON, sharedSite, type Shared } from '../helpers/shared-sites.ts';

type Doc = cheerio.CheerioAPI;
const load = (site: BuiltSite, urlPath: string): Doc => cheerio.load(site.page(urlPath));
const text = (value: string) => value.replace(/\s+/g, ' ').trim();


let real: Shared;
let full: Shared;
let realEnded: Shared;
let fullEnded: Shared;
let afterEnd: Shared;
let extended: Shared;
beforeAll(async () => {
  real = await sharedSite('real');
  full = await sharedSite('full');
  realEnded = await sharedSite('realEnded');
  fullEnded = await sharedSite('fullEnded');
  afterEnd = await sharedSite('afterEnd');
  extended = await sharedSite('extended');
});

/** The figure cell (first td) of a KPI row of the report's KPI table. */
const figure = ($: Doc, kpi: string) => $(`#report-kpis-table tr[data-key="${kpi}"] td`).eq(0);

describe('/report/ during the programme (real content, 2026-11-27)', () => {
  it('is an interim report as of the build day', () => {
    const $ = load(real, '/report/');
    expect($('[data-report]').attr('data-report')).toBe('interim');
    expect(text($('.report-subtitle').text())).toContain(`중간 보고 · ${formatDay('2026-11-27')} 기준`);
  });
  it('says "보고되지 않음" where nothing was reported, never 0', () => {
    const $ = load(real, '/report/');
    const snap = snapshotOf(real.options.content, real.options.asOf);
    expect(snap.budget.executed).toBeUndefined();
    for (const kpi of ['budget.executed', 'budget.executionRate']) {
      expect(figure($, kpi).text().trim(), kpi).toBe('보고되지 않음');
      expect(figure($, kpi).attr('data-value'), kpi).toBeUndefined();
    }
    expect($('#report-budget-table tr[data-key="national"] td').eq(2).text().trim()).toBe('보고되지 않음');
    expect(text($('#report-not-reported').text())).toContain('예산 집행 실적');
    // A stage no pair reached is a reported 0 (the pairs file is there), not a missing figure.
    expect(figure($, 'matches.completed').attr('data-value')).toBe('0');
  });
  it('shows the snapshot figures, with the 기준일 and source of each', () => {
    const $ = load(real, '/report/');
    const snap = snapshotOf(real.options.content, real.options.asOf);
    expect(figure($, 'participants.count').text().trim()).toBe(snap.participants.status === 'no-data' ? '' : snap.participants.label);
    expect(figure($, 'matches.total').attr('data-value')).toBe(String(snap.matches.total));
    const row = $('#report-kpis-table tr[data-key="matches.total"] td');
    expect(row.eq(3).text().trim()).toBe(formatDay(snap.matches.referenceDate ?? ''));
    expect(row.eq(4).text()).toContain(snap.matches.source);
  });
  it('has a table of contents that matches its headings', () => {
    const $ = load(real, '/report/');
    const toc = $('.report-toc a')
      .toArray()
      .map((a) => ({ href: $(a).attr('href'), text: $(a).text().trim() }));
    const headings = $('.report-section > h2')
      .toArray()
      .map((h) => ({ href: `#${$(h).closest('section').attr('id')}`, text: $(h).text().trim() }));
    expect(toc.length).toBe(8);
    expect(toc).toEqual(headings);
  });
  it('is linked from home and every KPI page; nothing links to an ended notice yet', () => {
    expect(load(real, '/')('a[data-report-link]').attr('href')).toBe('/report/');
    expect(text(load(real, '/')('a[data-report-link]').text())).toBe('사업 성과 보고 (중간) 보기');
    for (const page of ['/kpi/', '/kpi/budget/', '/kpi/participants/', '/kpi/matches/']) {
      expect(load(real, page)('.kpi-nav a[href="/report/"]').length, page).toBe(1);
    }
    expect(load(real, '/report/')('aside.ended').length).toBe(0);
  });
  it('the KPI pages and /data/ are updated on the build day while the programme runs', () => {
    const $ = load(real, '/kpi/');
    expect($('[data-kpi-updated]').attr('data-kpi-updated')).toBe('2026-11-27');
    expect($('[data-record-frozen]').length).toBe(0);
  });
});

describe('/report/ of the full fixture (2026-11-27, /portal/)', () => {
  it('compares a KPI with its target and gives the share reached', () => {
    const $ = load(full, '/report/');
    const snap = snapshotOf(full.options.content, full.options.asOf);
    const row = $('#report-kpis-table tr[data-key="matches.agreement"] td');
    expect(row.eq(0).attr('data-value')).toBe(String(snap.matches.reached.agreement));
    expect(row.eq(1).text().trim()).toBe('협약 15건 (가상 목표)');
    expect(row.eq(2).text().trim()).toBe(formatPercent(snap.matches.reached.agreement / 15));
  });
  it('lists the completed pairs, the funnel, the organisations by role and sector and every public release on the timeline', () => {
    const $ = load(full, '/report/');
    const snap = snapshotOf(full.options.content, full.options.asOf);
    const completed = snap.matches.rows.filter((r) => r.stage === 'completed');
    expect(completed.length).toBeGreaterThan(0);
    expect($('#report-completed-table tbody tr').length).toBe(completed.length);
    for (const stage of snap.matches.stageOrder) {
      expect($(`#report-funnel-table tr[data-key="${stage.stage}"] td`).eq(0).attr('data-value')).toBe(String(snap.matches.reached[stage.stage]));
    }
    expect($('#report-by-role tbody tr').length).toBeGreaterThan(1);
    expect($('#report-by-sector tbody tr').length).toBeGreaterThan(1);
    const releases = $('#report-timeline-table tr[data-kind="release"], #report-timeline-table tr[data-kind="notice"]').length;
    expect(releases).toBeGreaterThan(50);
    const days = $('#report-timeline-table tbody tr')
      .toArray()
      .map((tr) => $(tr).attr('data-day') ?? '');
    expect(days).toEqual([...days].sort());
    // Links print their absolute address under the site's base.
    expect($('#report-timeline-table a[data-print-url]').first().attr('data-print-url')).toMatch(/^https:\/\/portal\.example\/portal\/releases\//);
  });
});

describe('/report/ after the end', () => {
  it('real content (2027-02-01): provisional figures, on the report and in the ended notice, which links to it', () => {
    const $ = load(realEnded, '/report/');
    expect($('[data-report]').attr('data-report')).toBe('provisional');
    expect(text($('.report-status').text())).toBe('잠정');
    for (const page of ['/', '/releases/', '/kpi/', '/report/']) {
      const notice = load(realEnded, page)('aside.ended');
      expect(notice.attr('data-results'), page).toBe('provisional');
      expect(notice.find('a[href="/report/"]').length, page).toBe(1);
      expect(text(notice.text()), page).toContain('최종 성과(잠정)');
    }
  });
  it('the data downloads say it too: /data/ and programme.json (interim, provisional, final)', () => {
    const status = (site: Shared) => (JSON.parse(site.file('data/programme.json')) as { results: { status: string; date: string | null } }).results;
    expect(status(real)).toEqual({ status: 'interim', label: '중간', date: null });
    expect(status(realEnded)).toEqual({ status: 'provisional', label: '잠정', date: null });
    expect(status(fullEnded)).toEqual({ status: 'final', label: '확정', date: SETTLED_ON });
    expect(realEnded.file('data/programme.csv')).toContain('results.status,provisional');
    expect(load(realEnded, '/data/')('[data-results]').attr('data-results')).toBe('provisional');
    expect(load(fullEnded, '/data/')('[data-results]').attr('data-results')).toBe('final');
  });
  it('real content: no after-end contact is invented while press.yaml gives none', () => {
    expect(load(realEnded, '/')('aside.ended [data-after-end-contact]').attr('data-after-end-contact')).toBe('none');
    const press = load(realEnded, '/press/');
    expect(press('[data-after-end-contact]').attr('data-after-end-contact')).toBe('none');
    expect(text(press('[data-after-end-contact]').text())).toContain('아직 정해지지 않았습니다');
    expect(press('[data-after-end-contact] a[href^="mailto:"]').length).toBe(0);
  });
  it('real content: the updated day is the record date, not the build day, and there is no D+N', () => {
    const $ = load(realEnded, '/kpi/');
    const updated = $('[data-kpi-updated]').attr('data-kpi-updated');
    expect(updated).not.toBe('2027-02-01');
    expect(updated).toBe(load(realEnded, '/report/')('[data-record-day]').attr('data-record-day'));
    expect($('[data-record-frozen]').length).toBe(1);
    expect(realEnded.page('/')).not.toMatch(/D\+\d/);
  });
  it('settled full fixture (2027-02-01): final figures with the day they were confirmed, on the timeline too', () => {
    const $ = load(fullEnded, '/report/');
    expect($('[data-report]').attr('data-report')).toBe('final');
    expect(text($('.report-subtitle').text())).toContain(`${formatDay(SETTLED_ON)} 확정`);
    expect($(`#report-timeline-table tr[data-kind="results"][data-day="${SETTLED_ON}"]`).length).toBe(1);
    const notice = load(fullEnded, '/')('aside.ended');
    expect(notice.attr('data-results')).toBe('final');
    expect(notice.find('a[href="/portal/report/"]').length).toBe(1);
  });
  it('settled full fixture: the after-end contact staff gave shows on /press/, in the ended notice and on the report', () => {
    const notice = load(fullEnded, '/releases/')('aside.ended [data-after-end-contact]');
    expect(notice.attr('data-after-end-contact')).toBe('given');
    expect(text(notice.text())).toContain('records@example.org');
    const press = load(fullEnded, '/press/');
    expect(press('[data-after-end-contact]').attr('data-after-end-contact')).toBe('given');
    expect(text(press('[data-after-end-contact]').text())).toContain('시험용 기록 담당');
    expect(text(load(fullEnded, '/report/')('#report-sources').text())).toContain('records@example.org');
  });
});

describe('an extended programme needs no code (kpi-synthetic, end moved to 2027-06-30)', () => {
  it('at the same instant, the original content has ended and the extended one runs', () => {
    expect(load(afterEnd, '/')('aside.ended').length).toBe(1);
    const home = load(extended, '/');
    expect(home('aside.ended').length).toBe(0);
    expect(text(home('.clock').text() || home('body').text())).toContain('2027년 6월 30일');
    expect(home('a[data-report-link]').text()).toContain('중간');
  });
  it('the KPI pages are not final, the report is interim, the record is not frozen', () => {
    const kpi = load(extended, '/kpi/');
    expect(kpi('title').text()).not.toContain('최종');
    expect(kpi('[data-kpi-updated]').attr('data-kpi-updated')).toBe(EXTENDED_AS_OF);
    expect(kpi('[data-record-frozen]').length).toBe(0);
    const $ = load(extended, '/report/');
    expect($('[data-report]').attr('data-report')).toBe('interim');
    expect($('#report-timeline-table tr[data-kind="end"]').length).toBe(0);
    expect(load(afterEnd, '/report/')('#report-timeline-table tr[data-kind="end"]').length).toBe(1);
  });
});

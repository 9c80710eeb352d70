/**
 * The open-data downloads as built (the shared full fixture, whose KPI data is the synthetic
 * KPI year): the JSON equals the source data, validates against the JSON Schema published beside
 * it, and the CSV (UTF-8 with BOM) holds the same rows. And a changed figure that a release
 * quoted stops the build's content gate until a correction is recorded.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-io/check-content.ts';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { ajv2020 } from '../helpers/json-schema.ts';
import { FIXTURES, buildRoot } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';
import { sharedSite, type Shared } from '../helpers/shared-sites.ts';
import { DRAFT_WITH_FILE, SCHEDULED_SECOND_LATER, SCHEDULED_WITH_IMAGE } from '../helpers/journalist-fixture.ts';

const SYNTHETIC = path.join(FIXTURES, 'kpi-synthetic');
const AS_OF_DAY = '2026-11-27';
let full: Shared;
let content: string;
beforeAll(async () => {
  full = await sharedSite('full');
  content = full.options.content;
  expect(full.options.asOf).toBe(AS_OF_DAY);
});
const site = () => full;
/** Open data holds back what is dated after the as-of day: a month's execution until the month has ended. */
const monthEnded = (month: string) => month < AS_OF_DAY.slice(0, 7);

describe('open-data downloads of the full fixture', () => {
  it.each(['budget', 'organizations', 'matches', 'programme', 'releases'])('%s: the JSON download validates against its published JSON Schema', (name) => {
    const data = JSON.parse(site().file(`data/${name}.json`)) as unknown;
    const schema = JSON.parse(site().file(`data/${name}.schema.json`)) as Record<string, unknown>;
    const ajv = ajv2020();
    const valid = ajv.validate(schema, data);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('budget.json and budget.csv hold exactly the rows of the source CSV, execution only for months ended by the as-of day', () => {
    const source = loadContent(content, DURING).budget?.data ?? [];
    expect(source.length).toBeGreaterThan(10);
    // The fixture reports execution for the as-of month, so holding it back is tested.
    expect(source.some((row) => !monthEnded(row.month) && row.executed !== undefined)).toBe(true);
    const json = JSON.parse(site().file('data/budget.json')) as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    const rows = Array.isArray(json) ? json : json.rows;
    const key = (r: { month?: unknown; source?: unknown }) => `${String(r.month)}/${String(r.source)}`;
    expect(rows.map(key).sort()).toEqual(source.map(key).sort());
    for (const row of source) {
      const built = rows.find((r) => key(r) === key(row));
      expect(built).toMatchObject({ planned: row.planned ?? null, executed: monthEnded(row.month) ? (row.executed ?? null) : null });
    }
    const csv = site().file('data/budget.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map(key).sort()).toEqual(source.map(key).sort());
  });

  it('matches.json carries every pair with the latest stage it had reached by the as-of day', () => {
    const source = (loadContent(content, DURING).matches?.data ?? []).map((pair) => ({ ...pair, stages: pair.stages.filter((s) => s.date <= AS_OF_DAY) })).filter((pair) => pair.stages.length > 0);
    // The fixture has a stage dated after the as-of day, so holding it back is tested.
    expect((loadContent(content, DURING).matches?.data ?? []).some((pair) => pair.stages.some((s) => s.date > AS_OF_DAY))).toBe(true);
    const built = JSON.parse(site().file('data/matches.json')) as { id: string; stage: string }[];
    expect(built.map((m) => m.id).sort()).toEqual(source.map((m) => m.id).sort());
    for (const pair of source) expect(built.find((m) => m.id === pair.id)?.stage).toBe(pair.stages.at(-1)?.stage);
  });
});

describe('releases as open data', () => {
  type Row = { id: string; status: string; url: string; corrections: unknown[] };
  const rowsOf = (built: Shared) => JSON.parse(built.file('data/releases.json')) as Row[];

  it('hold every public release of the full fixture, listed on /data/ with its downloads', () => {
    const rows = rowsOf(site());
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.url.startsWith('http') && r.url.includes(`/portal/releases/${r.id}/`))).toBe(true);
    for (const r of rows.filter((row) => row.status === 'published')) expect(site().has(`releases/${r.id}/index.html`)).toBe(true);
    const page = site().file('data/index.html');
    for (const format of ['csv', 'json', 'schema.json']) expect(page).toContain(`href="/portal/data/releases.${format}"`);
    expect(site().file('data/releases.csv').charCodeAt(0)).toBe(0xfeff);
  });

  it('at a scheduled release\'s instant: that release is in, the one a second later and the draft are not', async () => {
    const rows = rowsOf(await sharedSite('journalistAtScheduled'));
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(SCHEDULED_WITH_IMAGE);
    expect(ids).not.toContain(SCHEDULED_SECOND_LATER);
    expect(ids).not.toContain(DRAFT_WITH_FILE);
    const everything = (await sharedSite('journalistAtScheduled')).file('data/releases.csv');
    expect(everything).not.toContain(SCHEDULED_SECOND_LATER);
    expect(everything).not.toContain(DRAFT_WITH_FILE);
  });

  it('carry corrections, the withdrawn and the moved addresses', async () => {
    const rows = rowsOf(await sharedSite('feeds'));
    expect(rows.find((r) => r.id === '2026-04-01-withdrawn')?.status).toBe('withdrawn');
    expect(rows.find((r) => r.id === '2026-03-02-old-name')?.status).toBe('moved');
    expect(rows.some((r) => r.status === 'published' && r.corrections.length > 0)).toBe(true);
  });
});

describe('a figure quoted by a release', () => {
  // The build's content gate is checkContent (src/integrations/content-gate.ts): what it reports
  // stops the build with the same lines (tests/hostile proves the wiring in real builds).
  it('stops the build when the data changes, until a correction records it', async () => {
    const content = path.join(buildRoot(), 'kpi-changed');
    cpSync(SYNTHETIC, content, { recursive: true });
    const csvFile = path.join(content, 'budget.csv');
    // Raise one 2026 national executed figure: the half-year report's 117억 원 no longer holds.
    const lines = readFileSync(csvFile, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.startsWith('2026-02,national,'));
    lines[index] = (lines[index] ?? '').replace(/,"?[\d,]+"?,(?=[^,]*$)/, ',"3,127",');
    writeFileSync(csvFile, lines.join('\n'));

    const gate = (await checkContent(content, DURING)).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(gate.join('\n')).toMatch(/2026-07-10-half-year-report\.mdx:\d+(:\d+)? .*117억 원/);

    const release = path.join(content, 'releases/2026/2026-07-10-half-year-report.mdx');
    const problems = loadContent(content, DURING).problems.map(formatProblem).join('\n');
    const now = /the data now gives '([^']+)'/.exec(problems)?.[1];
    expect(now).toBeDefined();
    const text = readFileSync(release, 'utf8').replace(
      /^---\n/,
      `---\ncorrections:\n  - date: 2026-11-20T10:00:00+09:00\n    note: "집행 실적 정정: 117억 원 → ${now}"\n`,
    );
    writeFileSync(release, text);
    expect((await checkContent(content, DURING)).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});

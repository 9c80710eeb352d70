/**
 * The open-data downloads as built: the JSON equals the source data, validates against the
 * JSON Schema published beside it, and the CSV (UTF-8 with BOM) holds the same rows.
 * And a changed figure that a release quoted stops the build until a correction is recorded.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { buildSite, runBuild } from '../helpers/build-site.ts';
import { FIXTURES, buildRoot } from '../helpers/paths.ts';
import { DURING } from '../helpers/instants.ts';

const SYNTHETIC = path.join(FIXTURES, 'kpi-synthetic');
// The same build as tests/build/kpi-pages.test.ts: one build serves both.
const site = () => buildSite({ content: SYNTHETIC, asOf: '2026-11-27' });

describe('open-data downloads of the synthetic fixture', () => {
  it.each(['budget', 'organizations', 'matches', 'programme'])('%s: the JSON download validates against its published JSON Schema', (name) => {
    const data = JSON.parse(site().file(`data/${name}.json`)) as unknown;
    const schema = JSON.parse(site().file(`data/${name}.schema.json`)) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const valid = ajv.validate(schema, data);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  // Built as of 2026-11-27: execution counts for months ended by then, stages dated by then.
  const monthEnded = (month: string) => month < '2026-11';
  const reachedBy = '2026-11-27';

  it('budget.json and budget.csv hold exactly the rows of the source CSV, execution only for months ended by the as-of day', () => {
    const source = loadContent(SYNTHETIC, DURING).budget?.data ?? [];
    expect(source.length).toBeGreaterThan(10);
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

  it('matches.json carries every pair that has reached a stage by the as-of day, with the latest stage it reached', () => {
    const source = (loadContent(SYNTHETIC, DURING).matches?.data ?? [])
      .map((pair) => ({ id: pair.id, reached: pair.stages.filter((s) => s.date <= reachedBy) }))
      .filter((pair) => pair.reached.length > 0);
    const built = JSON.parse(site().file('data/matches.json')) as { id: string; stage: string }[];
    expect(built.map((m) => m.id).sort()).toEqual(source.map((m) => m.id).sort());
    for (const pair of source) expect(built.find((m) => m.id === pair.id)?.stage).toBe(pair.reached.at(-1)?.stage);
  });
});

describe('a figure quoted by a release', () => {
  it('stops the build when the data changes, until a correction records it', () => {
    const content = path.join(buildRoot(), 'kpi-changed');
    cpSync(SYNTHETIC, content, { recursive: true });
    const csvFile = path.join(content, 'budget.csv');
    // Raise one 2026 national executed figure: the half-year report's 117억 원 no longer holds.
    const lines = readFileSync(csvFile, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.startsWith('2026-02,national,'));
    lines[index] = (lines[index] ?? '').replace(/,"?[\d,]+"?,(?=[^,]*$)/, ',"3,127",');
    writeFileSync(csvFile, lines.join('\n'));

    const failed = runBuild({ content, asOf: '2026-11-27' });
    expect(failed.ok).toBe(false);
    expect(failed.stderr).toMatch(/2026-07-10-half-year-report\.mdx:\d+(:\d+)? .*117억 원/);

    const release = path.join(content, 'releases/2026/2026-07-10-half-year-report.mdx');
    const problems = loadContent(content, DURING).problems.map(formatProblem).join('\n');
    const now = /the data now gives '([^']+)'/.exec(problems)?.[1];
    expect(now).toBeDefined();
    const text = readFileSync(release, 'utf8').replace(
      /^---\n/,
      `---\ncorrections:\n  - date: 2026-11-20T10:00:00+09:00\n    note: "집행 실적 정정: 117억 원 → ${now}"\n`,
    );
    writeFileSync(release, text);
    expect(loadContent(content, DURING).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });
});

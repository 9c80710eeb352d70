import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { KPI_DATASET_NAMES, downloadBody, jsonSchemaOf, openDatasets } from '../../src/domain/kpi/datasets.ts';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import type { KpiInput } from '../../src/domain/kpi/types.ts';
import { ajv2020 } from '../helpers/json-schema.ts';
import { REPO_ROOT } from '../helpers/paths.ts';
import { day } from './kpi-input.helper.ts';
import { DURING } from '../helpers/instants.ts';

function inputOf(dir: string): KpiInput {
  const loaded = loadContent(path.join(REPO_ROOT, dir), DURING);
  return {
    programme: loaded.programme!.data,
    organizations: loaded.organizations!.data,
    budget: loaded.budget?.data ?? [],
    matches: loaded.matches?.data ?? [],
    revisions: loaded.revisions?.data ?? [],
  };
}

describe('open datasets hold back what is dated after the as-of day', () => {
  const input = inputOf('tests/fixtures/kpi-synthetic');
  const datasets = openDatasets(input, kpiSnapshot(input, day('2026-07-01')));
  it('no execution of a month not yet ended, no stage dated later', () => {
    expect(input.budget.some((r) => r.month >= '2026-07' && r.executed !== undefined)).toBe(true);
    const budget = JSON.parse(downloadBody(datasets.find((d) => d.name === 'budget')!, 'json')) as { month: string; executed: number | null }[];
    expect(budget.filter((r) => r.month >= '2026-07' && r.executed !== null)).toEqual([]);
    expect(input.matches.some((p) => p.stages.some((s) => s.date > '2026-07-01'))).toBe(true);
    const pairs = JSON.parse(downloadBody(datasets.find((d) => d.name === 'matches')!, 'json')) as { stages: { date: string }[]; stageDate: string }[];
    expect(pairs.flatMap((p) => [p.stageDate, ...p.stages.map((s) => s.date)]).filter((d) => d > '2026-07-01')).toEqual([]);
  });
});

describe.each(['content', 'tests/fixtures/kpi-synthetic'])('open datasets of %s', (dir) => {
  const input = inputOf(dir);
  const datasets = openDatasets(input, kpiSnapshot(input, day('2026-07-01')));

  it('has the four datasets with licence and dictionary', () => {
    expect(datasets.map((d) => d.name)).toEqual([...KPI_DATASET_NAMES]);
    for (const d of datasets) {
      expect(d.licence).toBe('공공누리 제1유형 (출처표시)');
      expect(d.dictionary.length).toBeGreaterThan(3);
    }
  });

  it('JSON downloads validate against their JSON Schema', () => {
    const ajv = ajv2020();
    for (const d of datasets) {
      const validate = ajv.compile(jsonSchemaOf(d));
      const json = JSON.parse(downloadBody(d, 'json'));
      expect(validate(json), `${d.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  // The datasets are computed as of 2026-07-01: June has ended, July has not.
  const ended = (month: string) => month <= '2026-06';

  it('the budget downloads equal the source rows, execution only for months ended by the as-of day; CSV is UTF-8 with BOM', () => {
    const budget = datasets.find((d) => d.name === 'budget')!;
    const csv = downloadBody(budget, 'csv');
    expect(csv.startsWith('\uFEFFmonth,source,sourceName,planned,executed,note\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((r) => [r['month'], r['source'], r['planned'] === '' ? undefined : Number(r['planned']), r['executed'] === '' ? undefined : Number(r['executed'])])).toEqual(
      [...input.budget].sort((a, b) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source)).map((r) => [r.month, r.source, r.planned, ended(r.month) ? r.executed : undefined]),
    );
    expect(JSON.parse(downloadBody(budget, 'json'))).toHaveLength(input.budget.length);
  });

  it('the matches download has every pair with the stages it reached by the as-of day', () => {
    const matches = datasets.find((d) => d.name === 'matches')!;
    const json = JSON.parse(downloadBody(matches, 'json')) as { id: string; stages: unknown[] }[];
    const reached = input.matches
      .map((p) => [p.id, p.stages.filter((s) => s.date <= '2026-07-01')] as const)
      .filter(([, stages]) => stages.length > 0);
    expect(json.map((p) => [p.id, p.stages])).toEqual(reached);
  });
});

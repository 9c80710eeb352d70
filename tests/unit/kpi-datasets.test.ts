import path from 'node:path';
import Papa from 'papaparse';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { DATASET_NAMES, downloadBody, jsonSchemaOf, openDatasets } from '../../src/lib/kpi/datasets.ts';
import { kpiSnapshot } from '../../src/lib/kpi/snapshot.ts';
import type { KpiInput } from '../../src/lib/kpi/types.ts';
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

describe.each(['content', 'tests/fixtures/kpi-synthetic'])('open datasets of %s', (dir) => {
  const input = inputOf(dir);
  const datasets = openDatasets(input, kpiSnapshot(input, day('2026-07-01')));

  it('has the four datasets with licence and dictionary', () => {
    expect(datasets.map((d) => d.name)).toEqual([...DATASET_NAMES]);
    for (const d of datasets) {
      expect(d.licence).toBe('공공누리 제1유형 (출처표시)');
      expect(d.dictionary.length).toBeGreaterThan(3);
    }
  });

  it('JSON downloads validate against their JSON Schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    for (const d of datasets) {
      const validate = ajv.compile(jsonSchemaOf(d));
      const json = JSON.parse(downloadBody(d, 'json'));
      expect(validate(json), `${d.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('the budget downloads equal the source rows; CSV is UTF-8 with BOM', () => {
    const budget = datasets.find((d) => d.name === 'budget')!;
    const csv = downloadBody(budget, 'csv');
    expect(csv.startsWith('\uFEFFmonth,source,sourceName,planned,executed,note\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((r) => [r['month'], r['source'], r['planned'] === '' ? undefined : Number(r['planned']), r['executed'] === '' ? undefined : Number(r['executed'])])).toEqual(
      [...input.budget].sort((a, b) => a.month.localeCompare(b.month) || a.source.localeCompare(b.source)).map((r) => [r.month, r.source, r.planned, r.executed]),
    );
    expect(JSON.parse(downloadBody(budget, 'json'))).toHaveLength(input.budget.length);
  });

  it('the matches download has every pair with its stages', () => {
    const matches = datasets.find((d) => d.name === 'matches')!;
    const json = JSON.parse(downloadBody(matches, 'json')) as { id: string; stages: unknown[] }[];
    expect(json.map((p) => [p.id, p.stages])).toEqual(input.matches.map((p) => [p.id, p.stages]));
  });
});

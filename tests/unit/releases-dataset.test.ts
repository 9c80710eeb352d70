/** /data/releases.*: only what is public at the as-of instant, corrections dated, former addresses, a valid schema, a guarded CSV. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { downloadBody, jsonSchemaOf } from '../../src/domain/kpi/datasets.ts';
import { releasesDataset, type DatasetRelease } from '../../src/domain/releases-dataset.ts';
import type { FormerRelease } from '../../src/domain/permanence.ts';
import { parseKstTime } from '../../src/foundation/kst.ts';
import { ajv2020 } from '../helpers/json-schema.ts';

const time = (text: string) => parseKstTime(text)!;
const release = (id: string, date: string, extra: Partial<DatasetRelease['data']> = {}): DatasetRelease => ({
  id,
  data: { title: `제목 ${id}`, summary: `요약 ${id}`, date: time(date), category: 'press', tags: ['태그'], organizations: ['jeju'], corrections: [], ...extra },
});
const url = (sitePath: string) => `https://example.org/portal${sitePath}`;
const asOf = new Date('2026-06-01T00:00:00+09:00');

const releases = [
  release('2026-01-05-a', '2026-01-05T10:00:00+09:00', { summary: '=HYPERLINK("https://evil.example")' }),
  release('2026-03-01-b', '2026-03-01', {
    corrections: [
      { date: time('2026-03-04T09:30:00+09:00'), note: '수치를 바로잡았습니다', kind: 'correction' },
      { date: time('2026-07-04T09:30:00+09:00'), note: '아직 아닌 정정', kind: 'update' },
    ],
  }),
  release('2026-04-01-draft', '2026-04-01', { draft: true }),
  release('2026-06-01-at', '2026-06-01T00:00:00+09:00'),
  release('2026-06-01-later', '2026-06-01T00:00:01+09:00'),
];
const former: FormerRelease[] = [
  { kind: 'withdrawn', id: '2026-02-01-gone', title: '내린 글', published: '2026-02-01', withdrawal: { id: '2026-02-01-gone', date: time('2026-02-03'), reason: '오류' } },
  { kind: 'moved', id: '2026-02-02-old', title: '옮긴 글', published: '2026-02-02', redirect: { from: '2026-02-02-old', to: '2026-03-01-b', date: time('2026-03-02') } },
  { kind: 'withdrawn', id: '2026-09-01-future', title: '미래', published: '2026-09-01', withdrawal: { id: '2026-09-01-future', date: time('2026-09-03'), reason: '미래' } },
];
const dataset = releasesDataset({
  releases,
  former,
  asOf,
  url,
  organizationNames: new Map([['jeju', '제주특별자치도']]),
  licence: '공공누리 제1유형 (출처표시)',
  revisions: [{ date: '2026-05-01', dataset: 'releases', note: '필드 추가' }, { date: '2026-05-02', dataset: 'budget', note: '다른 데이터셋' }],
});
const rows = JSON.parse(downloadBody(dataset, 'json')) as { id: string; status: string; corrections: { date: string }[]; url: string; moved: { url: string } | null }[];

describe('releasesDataset', () => {
  it('holds the releases public at the as-of instant and the former addresses, newest first; no draft, nothing later', () => {
    expect(rows.map((r) => r.id)).toEqual(['2026-06-01-at', '2026-03-01-b', '2026-02-02-old', '2026-02-01-gone', '2026-01-05-a']);
    expect(rows.map((r) => r.status)).toEqual(['published', 'published', 'moved', 'withdrawn', 'published']);
    expect(JSON.stringify(rows)).not.toMatch(/draft|later|future|아직 아닌/);
    expect(rows[0]?.url).toBe('https://example.org/portal/releases/2026-06-01-at/');
    expect(rows.find((r) => r.id === '2026-02-02-old')?.moved?.url).toBe('https://example.org/portal/releases/2026-03-01-b/');
  });

  it('dates corrections in KST and keeps those dated after the as-of instant back', () => {
    expect(rows.find((r) => r.id === '2026-03-01-b')?.corrections).toEqual([{ date: '2026-03-04T09:30:00+09:00', kind: 'correction', note: '수치를 바로잡았습니다' }]);
    expect(dataset.referenceDate).toBe('2026-06-01');
  });

  it('its change log holds the corrections, withdrawals, moves and the releases entries of revisions.yaml, newest first', () => {
    expect(dataset.revisions.map((r) => r.date)).toEqual(['2026-05-01', '2026-03-04', '2026-03-02', '2026-02-03']);
    expect(dataset.revisions.every((r) => r.dataset === 'releases')).toBe(true);
  });

  it('the JSON validates against its JSON Schema', () => {
    const ajv = ajv2020();
    const valid = ajv.validate(jsonSchemaOf(dataset), rows);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the CSV has a BOM, one row per release, and no cell a spreadsheet would run', () => {
    const csv = downloadBody(dataset, 'csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(parsed.data.find((r) => r.id === '2026-01-05-a')?.summary).toBe('\'=HYPERLINK("https://evil.example")');
    expect(parsed.data.find((r) => r.id === '2026-03-01-b')?.correctionDates).toBe('2026-03-04T09:30:00+09:00');
  });
});

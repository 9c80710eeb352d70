/**
 * The open datasets (/data/): the rows of each download, its CSV text (UTF-8 with a
 * BOM so Korean Excel opens it), its JSON Schema, dictionary and change log. Pure.
 */
import { t } from '../../i18n/index.ts';
import Papa from 'papaparse';
import { z } from 'astro/zod';
import { MATCH_STAGES, STAGE_DESCRIPTIONS } from '../../schemas/match.ts';
import {
  budgetDownloadSchema,
  matchesDownloadSchema,
  organizationsDownloadSchema,
  programmeDownloadSchema,
} from '../../schemas/downloads.ts';
import type { Dataset as DatasetName } from '../../schemas/revision.ts';
import { citation } from '../sources.ts';
import { stagesReached } from './matches.ts';
import { organizationsListDate } from './participants.ts';
import { kstDay } from '../../foundation/kst.ts';
import { resultsState } from '../results.ts';
import type { KpiInput, KpiSnapshot, Revision } from './types.ts';

/** Every dataset on /data/, in the order listed there: the KPI ones (openDatasets) and the releases (domain/releases-dataset.ts). */
export const DATASET_NAMES = ['budget', 'organizations', 'matches', 'programme', 'releases'] as const satisfies readonly DatasetName[];
export const KPI_DATASET_NAMES = ['budget', 'organizations', 'matches', 'programme'] as const satisfies readonly DatasetName[];
export const DOWNLOAD_FORMATS = ['csv', 'json', 'schema.json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

type Cell = string | number | boolean | null;

export interface DictionaryEntry {
  field: string;
  description: string;
}

export interface OpenDataset {
  name: DatasetName;
  title: string;
  description: string;
  unit: string;
  /** 기준일: the end of what the data describes; undefined when it has no data yet. */
  referenceDate: string | undefined;
  licence: string;
  source: string;
  /** The JSON download. */
  json: unknown;
  /** The CSV download's rows (flat). */
  csvRows: Record<string, Cell>[];
  csvColumns: string[];
  schema: z.ZodType;
  dictionary: DictionaryEntry[];
  revisions: Revision[];
}

/**
 * A text cell a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, or a
 * leading tab or carriage return) gets a leading `'`, as OWASP recommends for CSV files: the
 * spreadsheet then shows it as text. Numbers stay numbers; the JSON download keeps the exact text.
 */
export function neutraliseFormula(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV text: UTF-8 BOM, CRLF, a header row even when there are no rows, no cell a spreadsheet runs. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const data = rows.map((row) => columns.map((c) => neutraliseFormula(row[c] ?? '')));
  const body = Papa.unparse({ fields: [...columns], data }, { newline: '\r\n', escapeFormulae: false });
  return `\uFEFF${body}\r\n`;
}

/** JSON Schema (draft 2020-12) of a download, from its zod schema. */
export function jsonSchemaOf(dataset: OpenDataset, url?: string): Record<string, unknown> {
  const schema = z.toJSONSchema(dataset.schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...(url ? { $id: url } : {}), title: dataset.title, ...schema };
}

/** Field descriptions from a schema: `[].month`, `budget.total`, … */
export function dictionaryOf(schema: z.ZodType, prefix = ''): DictionaryEntry[] {
  const def = (schema as unknown as { _zod: { def: { type: string; element?: z.ZodType; shape?: Record<string, z.ZodType>; innerType?: z.ZodType } } })._zod.def;
  if (def.type === 'array' && def.element) return dictionaryOf(def.element, prefix);
  if ((def.type === 'nullable' || def.type === 'optional') && def.innerType) return dictionaryOf(def.innerType, prefix);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, field]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const own = field.description ? [{ field: name, description: field.description }] : [];
    return [...own, ...dictionaryOf(field, name)];
  });
}

const max = (days: readonly string[]) => (days.length === 0 ? undefined : days.reduce((a, b) => (a > b ? a : b)));

function flatten(value: unknown, prefix: string, out: Record<string, Cell>[]): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object') {
    out.push({ field: prefix, value: value as Cell });
    return;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    out.push({ field: prefix, value: value.join('; ') });
    return;
  }
  for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
}

export function openDatasets(input: KpiInput, snapshot: KpiSnapshot): OpenDataset[] {
  const { programme } = input;
  const licence = programme.licence.name;
  const names = new Map(input.organizations.map((o) => [o.id, o.name]));
  const sourceNames = new Map(programme.budget.sources.map((s) => [s.key, s.name]));
  const revisionsOf = (name: DatasetName) => snapshot.revisions.filter((r) => r.dataset === name);

  // Nothing dated after the as-of day is published as a fact: the snapshot's rows hold a month's
  // execution back until the month has ended (as on the KPI pages), a pair's stage until its date.
  const today = kstDay(snapshot.asOf);
  const budget = snapshot.budget.published.map((row) => ({
    month: row.month,
    source: row.source,
    sourceName: sourceNames.get(row.source) ?? row.source,
    planned: row.planned ?? null,
    executed: row.executed ?? null,
    note: row.note ?? null,
  }));

  const organizations = input.organizations.map((org) => ({
    id: org.id,
    name: org.name,
    nameEn: org.nameEn ?? null,
    roles: [...org.roles],
    sector: org.sector,
    membership: org.membership.status,
    joined: org.membership.joined ?? null,
    firstMentioned: org.firstMentioned,
    source: org.source,
  }));

  const reached = input.matches
    .map((pair) => ({ pair, stages: stagesReached(pair, today) }))
    .filter(({ stages }) => stages.length > 0);
  const matches = reached.map(({ pair, stages }) => {
    const last = stages.reduce((acc, s) => (MATCH_STAGES.indexOf(s.stage) > MATCH_STAGES.indexOf(acc.stage) ? s : acc));
    return {
      id: pair.id,
      demand: pair.demand,
      demandName: names.get(pair.demand) ?? pair.demand,
      supply: pair.supply,
      supplyName: names.get(pair.supply) ?? pair.supply,
      stage: last.stage,
      stageDate: last.date,
      stages: stages.map((s) => ({ stage: s.stage, date: s.date })),
      release: pair.release ?? null,
      note: pair.note ?? null,
      source: pair.source,
    };
  });

  const programmeJson = {
    name: { ko: programme.name.ko, en: programme.name.en },
    operator: programme.operator.organization,
    partners: [...programme.partners],
    funder: { organization: programme.funder.organization, programme: programme.funder.programme },
    period: { start: programme.period.start, end: programme.period.end },
    sectors: [...programme.sectors],
    aims: [...programme.aims],
    budget: {
      unit: programme.budget.unit,
      total: programme.budget.total,
      sources: programme.budget.sources.map((s) => ({ key: s.key, name: s.name, amount: s.amount, itemised: s.itemised })),
    },
    membership: { ...programme.membership },
    targets: (programme.targets ?? []).map((t) => ({ kpi: t.kpi, value: t.value, by: t.by ?? programme.period.end, source: t.source })),
    // Issue 12: interim while the programme runs, provisional (잠정) after its end, final (확정) once staff confirm it.
    results: ((state) => ({ status: state.kind, label: state.label, date: state.confirmed ?? null }))(resultsState(snapshot.clock.phase, programme.results, snapshot.clock.today)),
    licence: Object.fromEntries(Object.entries(programme.licence).filter(([, v]) => v !== undefined)) as { name: string },
    sources: Object.fromEntries(
      Object.entries(programme.sources).map(([id, s]) => [id, Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined))]),
    ),
  };
  const programmeRows: Record<string, Cell>[] = [];
  flatten(programmeJson, '', programmeRows);

  const stageColumns = MATCH_STAGES.map((s) => `date_${s}`);
  return [
    {
      name: 'budget',
      title: t('dataset.budget.title'),
      description: t('dataset.budget.description'),
      unit: t('dataset.budget.unit'),
      referenceDate: snapshot.budget.referenceDate,
      licence,
      source: snapshot.budget.source,
      json: budget,
      csvRows: budget,
      csvColumns: ['month', 'source', 'sourceName', 'planned', 'executed', 'note'],
      schema: budgetDownloadSchema,
      dictionary: dictionaryOf(budgetDownloadSchema),
      revisions: revisionsOf('budget'),
    },
    {
      name: 'organizations',
      title: t('dataset.organizations.title'),
      description: t('dataset.organizations.description'),
      unit: t('dataset.organizations.unit'),
      referenceDate: organizationsListDate(input.organizations),
      licence,
      source: citation(programme, input.organizations[0]?.source),
      json: organizations,
      csvRows: organizations.map((o) => ({ ...o, roles: o.roles.join('; ') })),
      csvColumns: ['id', 'name', 'nameEn', 'roles', 'sector', 'membership', 'joined', 'firstMentioned', 'source'],
      schema: organizationsDownloadSchema,
      dictionary: dictionaryOf(organizationsDownloadSchema),
      revisions: revisionsOf('organizations'),
    },
    {
      name: 'matches',
      title: t('dataset.matches.title'),
      description: t('dataset.matches.description'),
      unit: t('dataset.matches.unit'),
      referenceDate: max(reached.flatMap(({ stages }) => stages.map((s) => s.date))),
      licence,
      source: snapshot.matches.source,
      json: matches,
      csvRows: matches.map(({ stages, ...rest }) => ({
        ...rest,
        ...Object.fromEntries(MATCH_STAGES.map((stage, i) => [stageColumns[i] ?? stage, stages.find((s) => s.stage === stage)?.date ?? null])),
      })),
      csvColumns: ['id', 'demand', 'demandName', 'supply', 'supplyName', 'stage', 'stageDate', ...stageColumns, 'release', 'note', 'source'],
      schema: matchesDownloadSchema,
      dictionary: [
        ...dictionaryOf(matchesDownloadSchema),
        ...MATCH_STAGES.map((stage, i) => ({ field: `${stageColumns[i]} (CSV)`, description: t('dataset.matches.stageDate', { stage: STAGE_DESCRIPTIONS[stage] }) })),
      ],
      revisions: revisionsOf('matches'),
    },
    {
      name: 'programme',
      title: t('dataset.programme.title'),
      description: t('dataset.programme.description'),
      unit: t('dataset.programme.unit'),
      referenceDate: max(Object.values(programme.sources).map((s) => s.date)),
      licence,
      source: citation(programme, programme.budget.source),
      json: programmeJson,
      csvRows: programmeRows,
      csvColumns: ['field', 'value'],
      schema: programmeDownloadSchema,
      dictionary: dictionaryOf(programmeDownloadSchema),
      revisions: revisionsOf('programme'),
    },
  ];
}

/** The body of a download file. */
export function downloadBody(dataset: OpenDataset, format: DownloadFormat, schemaUrl?: string): string {
  if (format === 'csv') return toCsv(dataset.csvColumns, dataset.csvRows);
  if (format === 'json') return `${JSON.stringify(dataset.json, null, 2)}\n`;
  return `${JSON.stringify(jsonSchemaOf(dataset, schemaUrl), null, 2)}\n`;
}

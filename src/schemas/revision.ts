/**
 * content/revisions.yaml (optional) — the dated change log of published figures,
 * shown per dataset on /data/. Add an entry whenever a figure already published
 * changes (a month's budget figure corrected, a pair's stage date fixed, …):
 *
 * - date: 2026-07-10          # day the change was committed
 *   dataset: budget           # budget | organizations | matches | programme | releases
 *   note: 2026년 5월 국비 집행액을 1,200백만원에서 1,150백만원으로 바로잡았습니다 (증빙 재확인).
 *   source: some-source-id    # optional (programme.yaml sources)
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, say, sourceRefSchema, text } from './common.ts';

export const DATASETS = ['budget', 'organizations', 'matches', 'programme', 'releases'] as const;
export type Dataset = (typeof DATASETS)[number];

export const revisionSchema = z
  .object({
    date: daySchema.describe(t('field.revision.date')),
    dataset: z
      .enum(DATASETS, say(problemText('revision.unknownDataset', { datasets: DATASETS.join(', ') })))
      .describe(t('field.revision.dataset')),
    note: text().describe(t('field.revision.note')),
    source: sourceRefSchema.optional().describe(t('field.revision.source')),
  })
  .strict();

export const revisionsFileSchema = z
  .array(revisionSchema, say(problemText('revision.mustBeAList')))
  .nullable()
  .transform((value) => value ?? []);

export type Revision = z.output<typeof revisionSchema>;

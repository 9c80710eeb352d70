/**
 * content/matches.yaml — matched pairs of a demand organisation and a supply organisation.
 *
 * - id: pair id (lower-case, hyphens), stays the same for the pair's life
 *   demand: organisation id (organizations.yaml, role demand)
 *   supply: organisation id (organizations.yaml, role supply)
 *   stages:            # in order, each with the day it was reached
 *     - stage: consultation      # 상담 → agreement 협약 → project-started 과제 착수 → completed 완료
 *       date: 2025-12-17
 *   release: 2025-12-17-ai-matching-day   # optional: the release that announced it
 *   note: …                                # optional
 *   source: bizdaily-2025-12-20            # programme.yaml sources id
 * An empty file or `[]` means no pairs yet.
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { MONTH_PATTERN } from '../foundation/month.ts';
import { daySchema, idSchema, say, sourceRefSchema, optionalText } from './common.ts';
import { releaseIdSchema } from './release-id.ts';

export const MATCH_STAGES = ['consultation', 'agreement', 'project-started', 'completed'] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];

export const STAGE_DESCRIPTIONS: Record<MatchStage, string> = {
  consultation: t('stage.description.consultation'),
  agreement: t('stage.description.agreement'),
  'project-started': t('stage.description.project-started'),
  completed: t('stage.description.completed'),
};

export const matchStageSchema = z
  .object({
    stage: z
      .enum(MATCH_STAGES, say(problemText('match.unknownStage', { matchStages: MATCH_STAGES.join(', ') })))
      .describe(t('field.match.stage')),
    date: daySchema.describe(t('field.match.date')),
  })
  .strict();

export const matchPairSchema = z
  .object({
    id: idSchema.describe(t('field.match.id')),
    demand: idSchema.describe(t('field.match.demand')),
    supply: idSchema.describe(t('field.match.supply')),
    stages: z
      .array(matchStageSchema)
      .min(1, say(problemText('match.noStageGiven')))
      .describe(t('field.match.stages')),
    release: releaseIdSchema
      .optional()
      .describe(t('field.match.release')),
    note: optionalText().describe(t('field.match.note')),
    source: sourceRefSchema.describe(t('field.match.source')),
  })
  .strict();

export const matchesFileSchema = z
  .array(matchPairSchema, say(problemText('match.mustBeAList')))
  .nullable()
  .transform((value) => value ?? []);

export type MatchPair = z.output<typeof matchPairSchema>;

/** The shape of the matches download (JSON): one object per pair. */
export const matchesDownloadSchema = z
  .array(
    z
      .object({
        id: z.string().describe(t('field.match.matchesDownloadSchema.id')),
        demand: z.string().describe(t('field.match.matchesDownloadSchema.demand')),
        demandName: z.string().describe(t('field.match.demandName')),
        supply: z.string().describe(t('field.match.matchesDownloadSchema.supply')),
        supplyName: z.string().describe(t('field.match.supplyName')),
        stage: z.enum(MATCH_STAGES).describe(t('field.match.matchesDownloadSchema.stage')),
        stageDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe(t('field.match.stageDate')),
        stages: z
          .array(z.object({ stage: z.enum(MATCH_STAGES), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict())
          .describe(t('field.match.matchesDownloadSchema.stages')),
        release: z.string().nullable().describe(t('field.match.matchesDownloadSchema.release')),
        note: z.string().nullable().describe(t('field.match.matchesDownloadSchema.note')),
        source: z.string().describe(t('field.match.matchesDownloadSchema.source')),
      })
      .strict(),
  )
  .describe(t('field.match.matchesDownloadSchema.source2'));

export { MONTH_PATTERN };

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
import { problemText } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { MONTH_PATTERN } from '../foundation/month.ts';
import { daySchema, idSchema, say, sourceRefSchema, text } from './common.ts';
import { releaseIdSchema } from './release-id.ts';

export const MATCH_STAGES = ['consultation', 'agreement', 'project-started', 'completed'] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];

export const STAGE_DESCRIPTIONS: Record<MatchStage, string> = {
  consultation: '상담: 수요기업과 공급기업이 만나 협력 과제를 논의하기 시작한 단계',
  agreement: '협약: 두 기업이 협력 과제에 대해 협약을 맺은 단계',
  'project-started': '과제 착수: 협약한 과제를 실제로 시작한 단계',
  completed: '완료: 과제를 마친 단계',
};

export const matchStageSchema = z
  .object({
    stage: z
      .enum(MATCH_STAGES, say(problemText('match.unknownStage', { matchStages: MATCH_STAGES.join(', ') })))
      .describe('단계: consultation(상담), agreement(협약), project-started(과제 착수), completed(완료)'),
    date: daySchema.describe('그 단계에 이른 날'),
  })
  .strict();

export const matchPairSchema = z
  .object({
    id: idSchema.describe('매칭 id'),
    demand: idSchema.describe('수요기업 id (organizations.yaml)'),
    supply: idSchema.describe('공급기업 id (organizations.yaml)'),
    stages: z
      .array(matchStageSchema)
      .min(1, say(problemText('match.noStageGiven')))
      .describe('이른 단계와 날짜 (순서대로)'),
    release: releaseIdSchema
      .optional()
      .describe('이 매칭을 알린 보도자료 id'),
    note: text().optional().describe('비고'),
    source: sourceRefSchema.describe('출처 (programme.yaml의 sources id)'),
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
        id: z.string().describe('매칭 id'),
        demand: z.string().describe('수요기업 id (organizations.json)'),
        demandName: z.string().describe('수요기업 이름'),
        supply: z.string().describe('공급기업 id (organizations.json)'),
        supplyName: z.string().describe('공급기업 이름'),
        stage: z.enum(MATCH_STAGES).describe('지금까지 이른 마지막 단계'),
        stageDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('마지막 단계에 이른 날'),
        stages: z
          .array(z.object({ stage: z.enum(MATCH_STAGES), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict())
          .describe('이른 단계와 날짜'),
        release: z.string().nullable().describe('이 매칭을 알린 보도자료 id'),
        note: z.string().nullable().describe('비고'),
        source: z.string().describe('출처 id (programme.json의 sources)'),
      })
      .strict(),
  )
  .describe('수요기업·공급기업 매칭과 단계');

export { MONTH_PATTERN };

import { z } from 'astro/zod';
import { daySchema, text } from './common.ts';

/** A short site page written in content/pages/<slug>.md (policy pages). */
export const pageSchema = z
  .object({
    title: text().describe('페이지 제목'),
    summary: text().describe('한두 문장 요약 (목록과 검색 결과에 보임)'),
    updated: daySchema.describe('최종 수정일 (YYYY-MM-DD)'),
  })
  .strict();

export type SitePage = z.output<typeof pageSchema>;

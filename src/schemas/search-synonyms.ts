import { problemText } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { say, text } from './common.ts';

/** One search word: no spaces (a spaced form is searched as separate words anyway). */
const form = text().refine((value) => !/\s/u.test(value), say(problemText('synonyms.aSearchFormMay')).error);

export const searchSynonymsSchema = z
  .object({
    groups: z
      .array(z.array(form).min(2, say(problemText('synonyms.aSynonymGroupNeeds'))))
      .default([])
      .describe('같은 뜻으로 찾을 낱말 묶음: 하나를 찾으면 나머지도 찾습니다'),
    keep: z
      .array(form)
      .default([])
      .describe('끝 글자가 조사처럼 보여도 떼지 않을 낱말 (예: 제주도, 매칭데이)'),
  })
  .strict();

export type SearchSynonyms = z.output<typeof searchSynonymsSchema>;

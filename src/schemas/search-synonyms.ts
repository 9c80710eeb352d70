import { z } from 'astro/zod';
import { say, text } from './common.ts';

/** One search word: no spaces (a spaced form is searched as separate words anyway). */
const form = text().refine((value) => !/\s/u.test(value), say({
  ko: '검색어 형태에 띄어쓰기가 있습니다',
  en: 'a search form may not contain spaces',
  fix: '붙여 쓴 한 낱말로 적으세요 (띄어 쓴 검색어는 낱말마다 따로 찾습니다)',
}).error);

export const searchSynonymsSchema = z
  .object({
    groups: z
      .array(z.array(form).min(2, say({ ko: '동의어 묶음에는 두 개 이상이 필요합니다', en: 'a synonym group needs at least two forms', fix: '예: [MS, 마이크로소프트]' })))
      .default([])
      .describe('같은 뜻으로 찾을 낱말 묶음: 하나를 찾으면 나머지도 찾습니다'),
    keep: z
      .array(form)
      .default([])
      .describe('끝 글자가 조사처럼 보여도 떼지 않을 낱말 (예: 제주도, 매칭데이)'),
  })
  .strict();

export type SearchSynonyms = z.output<typeof searchSynonymsSchema>;

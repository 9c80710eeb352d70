import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { say, text } from './common.ts';

/** One search word: no spaces (a spaced form is searched as separate words anyway). */
const form = text().refine((value) => !/\s/u.test(value), say(problemText('synonyms.aSearchFormMay')).error);

export const searchSynonymsSchema = z
  .object({
    groups: z
      .array(z.array(form).min(2, say(problemText('synonyms.aSynonymGroupNeeds'))))
      .default([])
      .describe(t('field.searchSynonyms.groups')),
    keep: z
      .array(form)
      .default([])
      .describe(t('field.searchSynonyms.keep')),
  })
  .strict();

export type SearchSynonyms = z.output<typeof searchSynonymsSchema>;

import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { daySchema, text } from './common.ts';

/** A short site page written in content/pages/<slug>.md (policy pages). */
export const pageSchema = z
  .object({
    title: text().describe(t('field.page.title')),
    summary: text().describe(t('field.page.summary')),
    updated: daySchema.describe(t('field.page.updated')),
  })
  .strict();

export type SitePage = z.output<typeof pageSchema>;

/**
 * content/tags.yaml — the tag vocabulary: every tag a release may carry, one line each with its
 * Korean label (what the tag is for), and the tags merged into another (their published pages
 * point to the surviving tag's page). The rules that hold releases and the list to it are
 * src/rules/tag-rules.ts.
 *
 *   tags:
 *     매칭데이: AI 수요·공급기업 매칭데이 (행사)
 *   merged:
 *     매칭 데이: 매칭데이
 */
import { t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { text } from './common.ts';

export const TAGS_FILE = 'tags.yaml';

/** An empty section (only a key, or only comments) is an empty list. */
const section = <T extends z.ZodType>(value: T) =>
  z
    .record(z.string(), value)
    .nullable()
    .default({})
    .transform((entries) => Object.fromEntries(Object.entries(entries ?? {}).map(([key, v]) => [key.trim().normalize('NFC'), v])) as Record<string, z.output<T>>);

export const tagVocabularySchema = z
  .object({
    tags: section(text()).describe(t('field.tags.tags')),
    merged: section(text()).describe(t('field.tags.merged')),
  })
  .strict();

export type TagVocabulary = z.output<typeof tagVocabularySchema>;

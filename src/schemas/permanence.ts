/**
 * Published text stays put (issue 6): the files of the permanence record — the committed cache
 * of published releases (`published.json`, for what git history cannot show), declared
 * withdrawals (`withdrawals.yaml`) and moves (`redirects.yaml`). The rule that holds the releases to them is src/rules/permanence.ts.
 */
import { t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { kstTimeSchema, text, optionalText } from './common.ts';
import { releaseIdSchema } from './release-id.ts';
import { parseKstTime } from '../foundation/kst.ts';

export const RECORD_FILE = 'published.json';
export const WITHDRAWALS_FILE = 'withdrawals.yaml';
export const REDIRECTS_FILE = 'redirects.yaml';

const releaseId = releaseIdSchema;

/** The parts of a release whose change is a change of its published text. */
export const TEXT_PARTS = ['title', 'summary', 'date', 'body'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

const partsSchema = z.object(Object.fromEntries(TEXT_PARTS.map((part) => [part, z.string()])) as Record<(typeof TEXT_PARTS)[number], z.ZodString>).strict();

export const recordEntrySchema = z
  .object({
    id: releaseId,
    url: z.string(),
    file: z.string(),
    title: z.string(),
    date: z.string(),
    hash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
    parts: partsSchema,
    corrections: z.number().int().min(0),
  })
  .strict();

export const publishedRecordSchema = z
  .object({
    about: z.string().optional(),
    /** From this instant on, the branch's git history is the record; entries here cover what was public before it. */
    historyFrom: z.string().refine((value) => parseKstTime(value) !== undefined).optional(),
    releases: z.array(recordEntrySchema),
  })
  .strict();
export type PublishedRecord = z.output<typeof publishedRecordSchema>;

export const withdrawalSchema = z
  .object({
    id: releaseId.describe(t('field.permanence.id')),
    date: kstTimeSchema.describe(t('field.permanence.date')),
    reason: text().describe(t('field.permanence.reason')),
  })
  .strict();

export const redirectSchema = z
  .object({
    from: releaseId.describe(t('field.permanence.from')),
    to: releaseId.describe(t('field.permanence.to')),
    date: kstTimeSchema.describe(t('field.permanence.redirectSchema.date')),
    reason: optionalText().describe(t('field.permanence.redirectSchema.reason')),
  })
  .strict();

/** An empty file (only comments) is an empty list. */
export const withdrawalsFileSchema = z.array(withdrawalSchema).nullable().transform((list): Withdrawal[] => list ?? []);
export const redirectsFileSchema = z.array(redirectSchema).nullable().transform((list): Redirect[] => list ?? []);

/** One published release as the committed record keeps it. */
export type RecordEntry = z.output<typeof recordEntrySchema>;
export type Withdrawal = z.output<typeof withdrawalSchema>;
export type Redirect = z.output<typeof redirectSchema>;

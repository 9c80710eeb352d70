/**
 * Published text stays put (issue 6): the files of the permanence record — the committed record
 * of published releases (`published.json`), declared withdrawals (`withdrawals.yaml`) and moves
 * (`redirects.yaml`). The rule that holds the releases to them is src/rules/permanence.ts.
 */
import { z } from 'astro/zod';
import { kstTimeSchema, text } from './common.ts';
import { releaseIdSchema } from './release-id.ts';

export const RECORD_FILE = 'published.json';
export const WITHDRAWALS_FILE = 'withdrawals.yaml';
export const REDIRECTS_FILE = 'redirects.yaml';
export const RECORD_COMMAND = 'npm run permanence:record';

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
    releases: z.array(recordEntrySchema),
  })
  .strict();
export type PublishedRecord = z.output<typeof publishedRecordSchema>;

export const withdrawalSchema = z
  .object({
    id: releaseId.describe('철회한 보도자료의 id (주소의 마지막 부분)'),
    date: kstTimeSchema.describe('철회한 날'),
    reason: text().describe('철회 사유: 철회 안내 페이지와 피드에 그대로 나갑니다'),
  })
  .strict();

export const redirectSchema = z
  .object({
    from: releaseId.describe('옛 id (게시된 주소)'),
    to: releaseId.describe('새 id (지금 파일 이름)'),
    date: kstTimeSchema.describe('옮긴 날'),
    reason: text().optional().describe('옮긴 까닭'),
  })
  .strict();

/** An empty file (only comments) is an empty list. */
export const withdrawalsFileSchema = z.array(withdrawalSchema).nullable().transform((list): Withdrawal[] => list ?? []);
export const redirectsFileSchema = z.array(redirectSchema).nullable().transform((list): Redirect[] => list ?? []);

/** One published release as the committed record keeps it. */
export type RecordEntry = z.output<typeof recordEntrySchema>;
export type Withdrawal = z.output<typeof withdrawalSchema>;
export type Redirect = z.output<typeof redirectSchema>;

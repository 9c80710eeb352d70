/**
 * The shapes of the open-data downloads (/data/<name>.json and .csv), as plain
 * output-shaped zod schemas: z.toJSONSchema turns them into /data/<name>.schema.json,
 * and their .describe() texts are the data dictionary on /data/.
 */
import { t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { budgetDownloadSchema } from './budget.ts';
import { matchesDownloadSchema } from './match.ts';
import { MEMBERSHIP, ORGANIZATION_ROLES, SECTORS } from './organization.ts';
import { CATEGORIES, CORRECTION_KINDS, type CategoryKey, type CorrectionKind } from './release.ts';

/** What became of a release's address: still published, withdrawn (a notice stands there) or moved. */
export const RELEASE_STATUSES = ['published', 'withdrawn', 'moved'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];
const CATEGORY_KEYS = Object.keys(CATEGORIES) as [CategoryKey, ...CategoryKey[]];
const CORRECTION_KEYS = Object.keys(CORRECTION_KINDS) as [CorrectionKind, ...CorrectionKind[]];

const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const organizationsDownloadSchema = z
  .array(
    z
      .object({
        id: z.string().describe(t('field.downloads.id')),
        name: z.string().describe(t('field.downloads.name')),
        nameEn: z.string().nullable().describe(t('field.downloads.nameEn')),
        roles: z.array(z.enum(ORGANIZATION_ROLES)).describe(t('field.downloads.roles')),
        sector: z.enum(SECTORS).describe(t('field.downloads.sector')),
        membership: z
          .enum(MEMBERSHIP)
          .describe(t('field.downloads.membership')),
        joined: day().nullable().describe(t('field.downloads.joined')),
        firstMentioned: day().describe(t('field.downloads.firstMentioned')),
        source: z.string().describe(t('field.downloads.source')),
      })
      .strict(),
  )
  .describe(t('field.downloads.organizationsDownloadSchema.source'));

const sourceShape = z
  .object({ publisher: z.string(), date: day(), section: z.string().optional(), title: z.string().optional(), url: z.string().optional() })
  .strict();

export const programmeDownloadSchema = z
  .object({
    name: z.object({ ko: z.string(), en: z.string() }).strict().describe(t('field.downloads.programmeDownloadSchema.name')),
    operator: z.string().describe(t('field.downloads.operator')),
    partners: z.array(z.string()).describe(t('field.downloads.partners')),
    funder: z.object({ organization: z.string(), programme: z.string() }).strict().describe(t('field.downloads.funder')),
    period: z.object({ start: day(), end: day() }).strict().describe(t('field.downloads.period')),
    sectors: z.array(z.string()).describe(t('field.downloads.sectors')),
    aims: z.array(z.string()).describe(t('field.downloads.aims')),
    budget: z
      .object({
        unit: z.literal('백만원').describe(t('field.downloads.unit')), // i18n-ignore: the unit programme.yaml is written in
        total: z.number().int().nonnegative().describe(t('field.downloads.total')),
        sources: z
          .array(
            z
              .object({
                key: z.string().describe(t('field.downloads.key')),
                name: z.string().describe(t('field.downloads.programmeDownloadSchema.name2')),
                amount: z.number().int().nonnegative().describe(t('field.downloads.amount')),
                itemised: z.boolean().describe(t('field.downloads.itemised')),
              })
              .strict(),
          )
          .describe(t('field.downloads.programmeDownloadSchema.itemised')),
      })
      .strict()
      .describe(t('field.downloads.programmeDownloadSchema.itemised2')),
    membership: z
      .object({ reported: z.number().int(), label: z.string(), asOf: day(), source: z.string() })
      .strict()
      .describe(t('field.downloads.programmeDownloadSchema.membership')),
    targets: z
      .array(z.object({ kpi: z.string(), value: z.number(), by: day(), source: z.string() }).strict())
      .describe(t('field.downloads.targets')),
    results: z
      .object({ status: z.enum(['interim', 'provisional', 'final']), label: z.string(), date: day().nullable() })
      .strict()
      .describe(t('field.downloads.results')),
    licence: z.object({ name: z.string(), note: z.string().optional(), url: z.string().optional() }).strict().describe(t('field.downloads.licence')),
    sources: z.record(z.string(), sourceShape).describe(t('field.downloads.sources')),
  })
  .strict()
  .describe(t('field.downloads.programmeDownloadSchema.sources'));

const kstTime = () => z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+09:00)?$/);

/** /data/releases.json: every release published at the build's as-of instant, and every former address (withdrawn, moved). */
export const releasesDownloadSchema = z
  .array(
    z
      .object({
        id: z.string().describe(t('field.downloads.releases.id')),
        url: z.string().describe(t('field.downloads.releases.url')),
        status: z.enum(RELEASE_STATUSES).describe(t('field.downloads.releases.status')),
        title: z.string().describe(t('field.downloads.releases.title')),
        summary: z.string().nullable().describe(t('field.downloads.releases.summary')),
        date: kstTime().describe(t('field.downloads.releases.date')),
        category: z.enum(CATEGORY_KEYS).nullable().describe(t('field.downloads.releases.category')),
        categoryName: z.string().nullable().describe(t('field.downloads.releases.categoryName')),
        organizations: z.array(z.string()).describe(t('field.downloads.releases.organizations')),
        organizationNames: z.array(z.string()).describe(t('field.downloads.releases.organizationNames')),
        tags: z.array(z.string()).describe(t('field.downloads.releases.tags')),
        corrections: z
          .array(
            z
              .object({
                date: kstTime().describe(t('field.downloads.releases.correctionDate')),
                kind: z.enum(CORRECTION_KEYS).describe(t('field.downloads.releases.correctionKind')),
                note: z.string().describe(t('field.downloads.releases.correctionNote')),
              })
              .strict(),
          )
          .describe(t('field.downloads.releases.corrections')),
        updated: kstTime().nullable().describe(t('field.downloads.releases.updated')),
        withdrawn: z
          .object({ date: kstTime(), reason: z.string() })
          .strict()
          .nullable()
          .describe(t('field.downloads.releases.withdrawn')),
        moved: z
          .object({ to: z.string(), url: z.string(), date: kstTime(), reason: z.string().nullable() })
          .strict()
          .nullable()
          .describe(t('field.downloads.releases.moved')),
      })
      .strict(),
  )
  .describe(t('field.downloads.releases.list'));

export { budgetDownloadSchema, matchesDownloadSchema };

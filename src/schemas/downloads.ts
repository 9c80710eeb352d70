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

export { budgetDownloadSchema, matchesDownloadSchema };

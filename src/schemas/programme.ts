import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, idSchema, say, sourceRefSchema, text, optionalText, listText, webUrlSchema } from './common.ts';
import { kpiTargetsSchema } from './kpi-target.ts';
import { resultsSchema } from './results.ts';

const nonNegativeInt = z
  .number(say(problemText('programme.mustBeANumber')))
  .int(say(problemText('programme.mustBeAWhole')))
  .nonnegative(say(problemText('programme.cannotBeNegative')));

const bilingualName = z.object({ ko: text(), en: text() }).strict();

export const sourceSchema = z
  .object({
    publisher: text().describe(t('field.programme.publisher')),
    date: daySchema.describe(t('field.programme.date')),
    section: optionalText(),
    title: optionalText(),
    url: webUrlSchema.optional().describe(t('field.programme.url')),
  })
  .strict();

export const budgetSourceSchema = z
  .object({
    key: idSchema.describe(t('field.programme.key')),
    name: text().describe(t('field.programme.name')),
    amount: nonNegativeInt.describe(t('field.programme.amount')),
    itemised: z.boolean().describe(t('field.programme.itemised')),
    source: sourceRefSchema.optional(),
    note: optionalText(),
  })
  .strict();

export const programmeSchema = z
  .object({
    name: bilingualName.describe(t('field.programme.programmeSchema.name')),
    operator: z
      .object({ organization: idSchema, head: optionalText(), headTitle: optionalText(), source: sourceRefSchema })
      .strict()
      .describe(t('field.programme.operator')),
    partners: z.array(idSchema).default([]).describe(t('field.programme.partners')),
    funder: z
      .object({
        organization: idSchema,
        programme: text().describe(t('field.programme.programme')),
        selection: optionalText().describe(t('field.programme.selection')),
        source: sourceRefSchema,
      })
      .strict(),
    period: z
      .object({ start: daySchema, end: daySchema, note: optionalText(), source: sourceRefSchema })
      .strict()
      .refine((p) => p.start < p.end, say(problemText('programme.endIsBeforeStart'))),
    sectors: z.array(listText()).min(1).describe(t('field.programme.sectors')),
    aims: z.array(listText()).min(1).describe(t('field.programme.aims')),
    budget: z
      .object({
        unit: z.literal('백만원', say(problemText('programme.unitMustBe'))), // i18n-ignore: the unit programme.yaml is written in
        total: nonNegativeInt.describe(t('field.programme.total')),
        sources: z.array(budgetSourceSchema).min(1),
        source: sourceRefSchema,
      })
      .strict()
      .superRefine((budget, ctx) => {
        const sum = budget.sources.reduce((acc, s) => acc + s.amount, 0);
        if (sum !== budget.total) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: say(problemText('programme.sourcesAddUpTo', { sum, total: budget.total })).error,
          });
        }
      }),
    membership: z
      .object({ reported: nonNegativeInt, label: text(), asOf: daySchema, source: sourceRefSchema })
      .strict()
      .describe(t('field.programme.membership')),
    licence: z.object({ name: text(), note: optionalText(), url: webUrlSchema.optional() }).strict(),
    site: z
      .object({
        verification: z
          .object({
            naver: optionalText().describe(t('field.programme.naver')),
            google: optionalText().describe(t('field.programme.google')),
            bing: optionalText().describe(t('field.programme.bing')),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({ verification: {} })
      .describe(t('field.programme.programmeSchema.bing')),
    targets: kpiTargetsSchema,
    // Issue 12: provisional (잠정) or final (확정) figures after the end (./results.ts).
    results: resultsSchema.optional(),
    sources: z.record(idSchema, sourceSchema).describe(t('field.programme.sources')),
  })
  .strict()
  .superRefine((programme, ctx) => {
    // Figures are confirmed after the settlement, which follows the end of the period.
    const confirmed = programme.results?.date;
    if (confirmed && confirmed <= programme.period.end) {
      ctx.addIssue({ code: 'custom', path: ['results', 'date'], message: say(problemText('results.dateNotAfterEnd', { end: programme.period.end })).error });
    }
  });

export type Programme = z.output<typeof programmeSchema>;
export type Source = z.output<typeof sourceSchema>;

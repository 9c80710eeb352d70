/**
 * Optional KPI targets in programme.yaml — only when a source states one (none today):
 *
 * targets:
 *   - kpi: matches.agreement     # a KPI name (src/schemas/kpi-names.ts)
 *     value: 30                  # money in 백만원, shares 0–1, counts as integers
 *     by: 2026-12-31             # optional, default: the programme's end
 *     label: 협약 30건            # optional, as the source words it
 *     source: some-source-id     # required: who stated the target
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, say, sourceRefSchema, optionalText } from './common.ts';
import { KPI_NAMES } from './kpi-names.ts';

export const kpiTargetSchema = z
  .object({
    kpi: z.enum(KPI_NAMES, say(problemText('kpiTarget.unknownKpiName', { kpiNames: KPI_NAMES.join(', ') }))),
    value: z
      .number(say(problemText('kpiTarget.mustBeANumber')))
      .nonnegative(say(problemText('kpiTarget.cannotBeNegative'))),
    by: daySchema.optional(),
    label: optionalText(),
    source: sourceRefSchema,
  })
  .strict()
  .describe(t('field.kpiTarget.source'));

export const kpiTargetsSchema = z.array(kpiTargetSchema).optional().describe(t('field.kpiTarget.kpiTargetsSchema.source'));
export type KpiTargetEntry = z.output<typeof kpiTargetSchema>;

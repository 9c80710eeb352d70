/**
 * programme.yaml `results` (optional): whether the programme's final figures are provisional
 * (잠정) or final (확정). In Korean public programmes the figures are settled (정산) months after
 * the end; until staff mark them final, the report, the ended notice and the data downloads call
 * them provisional. Before the end the report is an interim one and this field is not shown.
 *
 *   results:
 *     status: 확정            # 잠정 (provisional, the default) | 확정 (final); the English keys work too
 *     date: 2027-05-31        # the day the figures were confirmed: required with 확정, only with 확정
 *     source: some-source-id  # optional: who confirmed them (programme.yaml sources)
 *     note: 정산 결과를 반영했습니다.  # optional
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, say, sourceRefSchema, optionalText } from './common.ts';

/** Stable keys with their Korean labels; staff may write either. */
export const RESULT_STATUSES = { provisional: t('results.provisional'), final: t('results.final') } as const;
export type ResultStatus = keyof typeof RESULT_STATUSES;
const STATUS_KEYS = Object.keys(RESULT_STATUSES) as ResultStatus[];

const unknownStatus = say(problemText('results.unknownStatus', { statuses: Object.values(RESULT_STATUSES).join(', ') }));

export const resultStatusSchema = z.string(unknownStatus).transform((value, ctx): ResultStatus => {
  const wanted = value.trim().normalize('NFC');
  const key = STATUS_KEYS.find((k) => k === wanted || RESULT_STATUSES[k] === wanted);
  if (!key) {
    ctx.addIssue({ code: 'custom', message: unknownStatus.error });
    return z.NEVER;
  }
  return key;
});

export const resultsSchema = z
  .object({
    status: resultStatusSchema.describe(t('field.results.status')),
    date: daySchema.optional().describe(t('field.results.date')),
    source: sourceRefSchema.optional().describe(t('field.results.source')),
    note: optionalText().describe(t('field.results.note')),
  })
  .strict()
  .superRefine((results, ctx) => {
    if (results.status === 'final' && !results.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: say(problemText('results.finalNeedsDate')).error });
    }
    if (results.status === 'provisional' && results.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: say(problemText('results.dateOnlyWhenFinal')).error });
    }
  })
  .describe(t('field.results.results'));

export type Results = z.output<typeof resultsSchema>;

/**
 * content/budget.csv — monthly budget figures per funding source.
 *
 * Header (first row; column order is free, names are fixed, `note` may be left out):
 *
 *   month,source,planned,executed,note
 *
 * - month:    the month the figures are for. Accepted forms: 2026-01, 2026-01-01 (first day
 *             only: what Excel writes when it re-saves a month), 2026.01, 2026/01, Jan-26, 26-Jan.
 *             Anything else is rejected.
 * - source:   a funding-source key from programme.yaml budget.sources[].key (national, other, …).
 * - planned:  the month's own planned amount (not cumulative), integer 백만원. Empty = no plan.
 * - executed: the month's own executed amount (not cumulative), integer 백만원. Empty = not
 *             reported yet (미보고; a plan row for a later month leaves it empty). Never write 0
 *             for "unknown": 0 means nothing was spent.
 * - note:     optional remark shown in the table.
 * Numbers may carry thousands separators ("1,234", quoted as Excel does). One row per month
 * and source. The file is UTF-8 (a BOM is fine): in Excel save as "CSV UTF-8 (쉼표로 분리)".
 * A file with only the header row means "no figures reported yet".
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { ACCEPTED_MONTH_FORMS, MONTH_PATTERN, parseMonth } from '../foundation/month.ts';
import { hiddenCharacter, noLookalikes, say } from './common.ts';
import { lookalikeMessage } from '../foundation/lookalike.ts';

export const BUDGET_COLUMNS = ['month', 'source', 'planned', 'executed', 'note'] as const;
export const REQUIRED_BUDGET_COLUMNS = ['month', 'source', 'planned', 'executed'] as const;

const badMonth = say(problemText('budget.notAMonthIn', { acceptedMonthForms: ACCEPTED_MONTH_FORMS.join(', ') }));

/** A month cell in any accepted form → `YYYY-MM`. */
export const csvMonthSchema = z.string(badMonth).transform((value, ctx) => {
  const month = parseMonth(value);
  const lookalike = month ? undefined : lookalikeMessage(value.trim());
  if (lookalike) {
    ctx.addIssue({ code: 'custom', message: say(lookalike.parts).error });
    return z.NEVER;
  }
  if (!month) {
    ctx.addIssue({ code: 'custom', message: badMonth.error });
    return z.NEVER;
  }
  return month;
});

const GROUPED = /^-?\d{1,3}(,\d{3})+$/;
const PLAIN = /^-?\d+$/;

/** An amount cell: integer 백만원, thousands separators allowed, empty = undefined. */
export const csvAmountSchema = z
  .string()
  .transform((value, ctx): number | undefined => {
    const cell = value.trim().replace(/\s/g, '');
    if (cell === '') return undefined;
    const lookalike = lookalikeMessage(cell);
    if (lookalike) {
      ctx.addIssue({ code: 'custom', message: say(lookalike.parts).error });
      return z.NEVER;
    }
    if (!PLAIN.test(cell) && !GROUPED.test(cell)) {
      const decimal = /^-?[\d,]*\.\d+$/.test(cell);
      ctx.addIssue({
        code: 'custom',
        message: say(
          decimal
            ? problemText('budget.mustBeAWhole', { value })
            : problemText('budget.notANumber', { value }),
        ).error,
      });
      return z.NEVER;
    }
    const amount = Number(cell.replace(/,/g, ''));
    if (amount < 0) {
      ctx.addIssue({
        code: 'custom',
        message: say(problemText('budget.negativeAmount')).error,
      });
      return z.NEVER;
    }
    if (!Number.isSafeInteger(amount)) {
      ctx.addIssue({ code: 'custom', message: say(problemText('budget.amountTooLarge')).error });
      return z.NEVER;
    }
    return amount;
  });

/** One CSV row as read (cells are strings) → a typed row. */
export const budgetCsvRowSchema = z
  .object({
    month: csvMonthSchema.describe(t('field.budget.month')),
    // Any text here: a key programme.yaml does not list (even `국비`, the source's name) is named
    // by the budget rules, which know the keys and can say which one was meant.
    source: z.string().trim().min(1, say(problemText('common.isEmpty'))).superRefine(noLookalikes).describe(t('field.budget.source')),
    planned: csvAmountSchema.describe(t('field.budget.planned')),
    executed: csvAmountSchema.describe(t('field.budget.executed')),
    note: z
      .string()
      .optional()
      .transform((value) => (value && value.trim() ? value.trim().normalize('NFC') : undefined))
      .refine((value) => value === undefined || hiddenCharacter(value) === undefined, say(problemText('budget.noteContainsAnInvisible'))),
  })
  .superRefine((row, ctx) => {
    if (row.planned === undefined && row.executed === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['planned'],
        message: say(problemText('budget.rowHasNeitherPlanned')).error,
      });
    }
  });

/** The shape of the budget download (CSV/JSON): one object per row. */
export const budgetDownloadSchema = z
  .array(
    z
      .object({
        month: z.string().regex(MONTH_PATTERN).describe(t('field.budget.budgetDownloadSchema.month')),
        source: z.string().describe(t('field.budget.budgetDownloadSchema.source')),
        sourceName: z.string().describe(t('field.budget.sourceName')),
        planned: z.number().int().nonnegative().nullable().describe(t('field.budget.budgetDownloadSchema.planned')),
        executed: z.number().int().nonnegative().nullable().describe(t('field.budget.budgetDownloadSchema.executed')),
        note: z.string().nullable().describe(t('field.budget.note')),
      })
      .strict(),
  )
  .describe(t('field.budget.budgetDownloadSchema.note'));

/**
 * A budget row, typed: what the CSV reader makes of a line (budgetCsvRowSchema), what the
 * `budget` collection stores, what the KPI engine reads. The one shape of a row from here on.
 */
export const budgetRowSchema = z
  .object({
    month: z.string().regex(MONTH_PATTERN).describe('`YYYY-MM`'),
    source: z.string().describe('funding-source key'),
    planned: z.number().int().nonnegative().optional().describe("the month's own planned amount, in millions of won; undefined = no plan"),
    executed: z.number().int().nonnegative().optional().describe("the month's own executed amount, in millions of won; undefined = not reported"),
    note: z.string().optional(),
    line: z.number().int().optional().describe('line in the CSV file (1 = header), for messages'),
  })
  .strict();
export type BudgetRow = z.output<typeof budgetRowSchema>;

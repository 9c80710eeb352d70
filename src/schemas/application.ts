/**
 * The application period of a notice (frontmatter `application`):
 *
 *   application:
 *     opens: 2026-03-02T09:00:00+09:00
 *     closes: 2026-03-20T18:00:00+09:00   # a bare date means the end of that day (24:00 KST)
 *     note: 온라인 신청서 접수      # optional
 *
 * - `opens` is inclusive, `closes` exclusive; a bare date means 00:00 KST for `opens` but the END
 *   of that day for `closes`: "마감 3월 20일" means applications are taken all of 20 March.
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { DAY_MS, type KstTime } from '../foundation/kst.ts';
import { kstTimeSchema, say, optionalText } from './common.ts';

export interface ApplicationPeriod {
  opens: KstTime;
  closes: KstTime;
  note?: string | undefined;
}

/** The instant applications open. */
export function opensAt(period: Pick<ApplicationPeriod, 'opens'>): Date {
  return period.opens.instant;
}

/** The instant applications close: a bare date closes at the end of that KST day. */
export function closesAt(period: Pick<ApplicationPeriod, 'closes'>): Date {
  const { instant, dateOnly } = period.closes;
  return dateOnly ? new Date(instant.getTime() + DAY_MS) : instant;
}

/** Whether the period is well-formed: it closes after it opens. */
export function isValidPeriod(period: ApplicationPeriod): boolean {
  return closesAt(period).getTime() > opensAt(period).getTime();
}

/** The application period of a notice (공지): 접수 예정 → 접수중 → 마감. */
export const applicationSchema = z
  .object({
    opens: kstTimeSchema.describe(t('field.application.opens')),
    closes: kstTimeSchema.describe(t('field.application.closes')),
    note: optionalText().describe(t('field.application.note')),
  })
  .strict()
  .superRefine((period, ctx) => {
    if (isValidPeriod(period)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['closes'],
      message: say(problemText('application.closesMustBeAfter')).error,
    });
  })
  .describe(t('field.application.applicationSchema'));

export type Application = z.output<typeof applicationSchema>;

/**
 * content/press.yaml — the standing press page (/press/, 언론 문의).
 * Optional: without it the page names the programme's operator as the contact.
 *
 *   updated: 2026-01-05
 *   intro: 제주 AI 사업단 취재와 자료 요청은 아래로 문의해 주세요.
 *   contacts:
 *     - organization: jeju-technopark
 *       name: 제주테크노파크
 *   note: 담당 부서와 연락처는 정해지는 대로 싣습니다.
 *   afterEnd:                      # optional (issue 12): who answers questions once the programme has ended
 *     contacts:
 *       - organization: jeju-technopark
 *         department: 기록 담당 부서
 *     note: 사업 종료 뒤의 자료 문의는 위 부서가 받습니다.
 *
 * `afterEnd` is shown on /press/ and in the ended notice when it is filled in; while it is
 * missing, the pages say that no contact for after the end has been named yet (nothing invented).
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, say, optionalText } from './common.ts';
import { contactSchema } from './release.ts';

export const pressSchema = z
  .object({
    updated: daySchema.describe(t('field.press.updated')),
    intro: optionalText().describe(t('field.press.intro')),
    contacts: z
      .array(contactSchema)
      .min(1, say(problemText('press.noContactGiven')))
      .describe(t('field.press.contacts')),
    note: optionalText().describe(t('field.press.note')),
    afterEnd: z
      .object({
        contacts: z
          .array(contactSchema)
          .min(1, say(problemText('press.noAfterEndContact')))
          .describe(t('field.press.afterEndContacts')),
        note: optionalText().describe(t('field.press.afterEndNote')),
      })
      .strict()
      .optional()
      .describe(t('field.press.afterEnd')),
  })
  .strict();

export type Press = z.output<typeof pressSchema>;

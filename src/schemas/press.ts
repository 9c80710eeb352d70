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
 */
import { problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, say, text } from './common.ts';
import { contactSchema } from './release.ts';

export const pressSchema = z
  .object({
    updated: daySchema.describe(t('field.press.updated')),
    intro: text().optional().describe(t('field.press.intro')),
    contacts: z
      .array(contactSchema)
      .min(1, say(problemText('press.noContactGiven')))
      .describe(t('field.press.contacts')),
    note: text().optional().describe(t('field.press.note')),
  })
  .strict();

export type Press = z.output<typeof pressSchema>;

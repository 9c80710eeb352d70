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
import { problemText } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { daySchema, say, text } from './common.ts';
import { contactSchema } from './release.ts';

export const pressSchema = z
  .object({
    updated: daySchema.describe('이 안내를 마지막으로 고친 날 (YYYY-MM-DD)'),
    intro: text().optional().describe('페이지 첫머리의 한두 문장'),
    contacts: z
      .array(contactSchema)
      .min(1, say(problemText('press.noContactGiven')))
      .describe('언론 문의처: 모르는 전화번호나 이메일을 지어 쓰지 않습니다'),
    note: text().optional().describe('연락처 아래에 덧붙이는 말'),
  })
  .strict();

export type Press = z.output<typeof pressSchema>;

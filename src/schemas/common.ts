import { z } from 'astro/zod';
import { encodeMessage, type MessageParts } from '../lib/problems.ts';
import { parseKstTime, type KstTime } from '../lib/kst.ts';

/** A zod `error` option carrying Korean, English and the fix together. */
export const say = (parts: MessageParts) => ({ error: encodeMessage(parts) });

/**
 * A type error that tells a missing field from a wrong value: zod hands the
 * error function the input, which is undefined when the field is absent.
 */
export const expect = (what: { ko: string; en: string; example: string }) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined
      ? encodeMessage({ ko: '필수 항목이 없습니다', en: 'required field is missing', fix: `이 항목을 추가하세요 (예: ${what.example})` })
      : encodeMessage({ ko: `${what.ko}여야 합니다`, en: `must be ${what.en}`, fix: `예: ${what.example}` }),
});

/** Text normalised to Unicode NFC on the way in (ARCHITECTURE.md). */
export const text = () =>
  z
    .string(expect({ ko: '글자(문자열)', en: 'text', example: '제주 AI 사업단' }))
    .trim()
    .min(1, say({ ko: '비어 있습니다', en: 'is empty', fix: '내용을 적거나 항목을 지우세요' }))
    .transform((value) => value.normalize('NFC'));

/** Lower-case ids used in URLs and cross-references: `jeju-technopark`. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    say({
      ko: '영문 소문자·숫자·하이픈만 쓸 수 있습니다',
      en: 'only lower-case letters, digits and hyphens',
      fix: '예: jeju-technopark',
    }),
  );

const badDay = say({
  ko: '날짜가 아닙니다',
  en: 'not a valid date',
  fix: 'YYYY-MM-DD 형식의 실제 날짜로 적으세요 (예: 2025-12-17)',
});

/**
 * A calendar day as `YYYY-MM-DD`. YAML readers may hand us a Date (js-yaml
 * turns bare dates into UTC midnight), so both forms are accepted.
 */
export const daySchema = z
  .union([z.string(), z.date()], badDay)
  .transform((value, ctx) => {
    const day = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    const parsed = parseKstTime(day);
    if (!parsed || !parsed.dateOnly) {
      ctx.addIssue({ code: 'custom', message: badDay.error });
      return z.NEVER;
    }
    return day;
  });

const badTime = say({
  ko: '날짜·시각 형식이 잘못되었습니다',
  en: 'not a valid date or date-time',
  fix: '2025-12-17 또는 2025-12-17T14:00:00+09:00 처럼 적으세요',
});

/**
 * A release time: a bare date (00:00 KST) or ISO 8601 with an offset. Text only:
 * every file is read with YAML 1.2 (dates stay text), because a reader that makes
 * Dates cannot tell `2026-12-01` from `2026-12-01T09:00:00+09:00` (both UTC midnight).
 */
export const kstTimeSchema = z.string(badTime).transform((value, ctx): KstTime => {
  const parsed = parseKstTime(value);
  if (!parsed) {
    ctx.addIssue({ code: 'custom', message: badTime.error });
    return z.NEVER;
  }
  return parsed;
});

/** A reference to an entry of `sources` in programme.yaml. */
export const sourceRefSchema = idSchema;

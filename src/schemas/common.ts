import { type MessageKey, problemText, t } from '../i18n/index.ts';
import { z } from 'astro/zod';
import { type MessageParts } from '../foundation/problems.ts';
import { parseKstTime, type KstTime } from '../foundation/kst.ts';
import { isWebUrl } from '../foundation/safe-url.ts';
import { encodeMessage } from '../foundation/message.ts';
import { lookalikeMessage } from '../foundation/lookalike.ts';

/** A zod `error` option carrying Korean, English and the fix together. */
export const say = (parts: MessageParts) => ({ error: encodeMessage(parts) });

/**
 * A type error that tells a missing field from a wrong value: zod hands the
 * error function the input, which is undefined when the field is absent.
 */
export const expect = (wrong: MessageKey, example: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? encodeMessage(problemText('common.requiredFieldIsMissing', { example })) : encodeMessage(problemText(wrong, { example })),
});

/**
 * Characters a reader cannot see that change what text says or where it goes: zero-width
 * characters, bidi controls (a right-to-left override can make `exe.txt` read `txt.exe`), a
 * byte-order mark inside text, and C0 control characters other than line breaks and tabs.
 */
// eslint-disable-next-line no-control-regex
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** The code point of the first hidden character, as `U+202E`, for messages. */
export function hiddenCharacter(value: string): string | undefined {
  const found = HIDDEN_CHARACTERS.exec(value)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const noHiddenCharacters = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    const code = hiddenCharacter(value);
    if (code) {
      ctx.addIssue({
        code: 'custom',
        message: encodeMessage(problemText('common.containsAnInvisibleOr', { code })),
      });
    }
  });

/** Why a value is not text: empty, missing, read as `key: value` (an unquoted `: ` in it), or another kind. */
function notText(input: unknown, empty: MessageParts): MessageParts {
  if (input === null) return empty;
  if (input === undefined) return problemText('common.requiredFieldIsMissing', { example: t('example.text') });
  if (typeof input === 'object' && !Array.isArray(input)) return problemText('common.textReadAsMapping');
  return problemText('common.mustBeText', { example: t('example.text') });
}

/**
 * Text normalised to Unicode NFC on the way in (ARCHITECTURE.md), with no hidden characters.
 * An empty value (`summary:` or `summary: ""`) is "empty", not "must be text"; the fix says to
 * write it, because deleting a required field only gives "required field is missing".
 */
export const text = (empty: MessageParts = problemText('common.isEmpty')) =>
  noHiddenCharacters(
    z
      .string({ error: (issue: { input?: unknown }) => encodeMessage(notText(issue.input, empty)) })
      .trim()
      .min(1, say(empty))
      .transform((value) => value.normalize('NFC')),
  );

/** Optional text: empty, it may be written or its line deleted (both pass). */
export const optionalText = () => text(problemText('common.isEmptyOptional')).optional();

/** Text as an item of a list: an empty item may be deleted. */
export const listText = () => text(problemText('common.isEmptyItem'));

/**
 * A full-width or look-alike character (`jeju－tp`, `１`) named with where it stands; no other
 * check of the value runs after it (its message would only repeat that the value is wrong).
 */
export function noLookalikes(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const found = lookalikeMessage(value);
  if (found) ctx.addIssue({ code: 'custom', message: encodeMessage(found.parts), params: { offset: found.offset }, continue: false });
}

/** Longest id: ids become path segments (`/organizations/<id>/`), which file systems cap. */
export const ID_MAX_LENGTH = 64;

/** Lower-case ids used in URLs and cross-references: `jeju-technopark`. */
export const idSchema = z
  .string()
  .superRefine(noLookalikes)
  .max(ID_MAX_LENGTH, say(problemText('common.idLongerThanIdmaxlength', { idMaxLength: ID_MAX_LENGTH })))
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    say(problemText('common.onlyLowerCaseLetters')),
  );

const badDay = say(problemText('common.notAValidDate'));

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

const badTime = say(problemText('common.notAValidDate2'));

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

/**
 * A web address in a data file (a source, the licence): absolute http(s), the same URL rule as
 * release bodies (src/foundation/safe-url.ts), so no `javascript:` or `data:` address reaches a page.
 */
const notWebUrl = say(problemText('common.notAWebAddress'));
export const webUrlSchema = z.url({ protocol: /^https?$/, ...notWebUrl }).refine((value) => isWebUrl(value), notWebUrl);

/** A reference to an entry of `sources` in programme.yaml. */
export const sourceRefSchema = idSchema;

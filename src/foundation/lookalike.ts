/**
 * Full-width and look-alike punctuation, digits and letters (`，` `：` `；` `．` `－` `１` `Ａ`),
 * which a Korean input method types easily and a screen shows almost like the plain ones: in a
 * list, a number or an id they change what the value means (`[매칭데이，수요기업]` is one tag,
 * `1，100` no number). The one place that finds them and names them; every reader of lists,
 * numbers and ids asks here, so each message names the character and where it stands.
 */
import { problemText, t, type UiKey } from '../i18n/index.ts';
import type { MessageParts } from './message.ts';

/** Look-alikes that are not full-width forms, with the plain character they stand for. */
const LOOK_ALIKES: Record<string, string> = {
  '\u3000': ' ', // ideographic space
  '\u3001': ',', // 、 ideographic comma
  '\uFF64': ',', // ､ half-width ideographic comma
  '\uFE50': ',', // ﹐ small comma
  '\u3002': '.', // 。 ideographic full stop
  '\uFE52': '.', // ﹒ small full stop
  '\uFE55': ':', // ﹕ small colon
  '\uFE54': ';', // ﹔ small semicolon
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2212': '-', // − minus sign
  '\uFE63': '-', // ﹣ small hyphen-minus
};

/** The plain character a full-width (U+FF01–FF5E) or look-alike character stands for, or undefined. */
export function plainOf(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
  return LOOK_ALIKES[char];
}

const NAMES: Record<string, UiKey> = {
  ',': 'lookalike.comma',
  ':': 'lookalike.colon',
  ';': 'lookalike.semicolon',
  '.': 'lookalike.period',
  '-': 'lookalike.hyphen',
  ' ': 'lookalike.space',
  '[': 'lookalike.bracket',
  ']': 'lookalike.bracket',
  '(': 'lookalike.parenthesis',
  ')': 'lookalike.parenthesis',
  '"': 'lookalike.quote',
  "'": 'lookalike.quote',
  '/': 'lookalike.slash',
  '#': 'lookalike.hash',
};

/** How a character is named in messages: `쉼표`, `숫자 1`, `영문자 A`, else `문자 %`. */
function nameOf(plain: string): string {
  if (/[0-9]/.test(plain)) return t('lookalike.digit', { char: plain });
  if (/[A-Za-z]/.test(plain)) return t('lookalike.letter', { char: plain });
  const key = NAMES[plain];
  return key ? t(key) : t('lookalike.other', { char: plain });
}

export interface Lookalike {
  /** The character as written. */
  char: string;
  /** Its plain form. */
  plain: string;
  /** Where it stands in the text: UTF-16 offset (as columns count) and 1-based character number. */
  offset: number;
  position: number;
  /** `전각 쉼표(，)`: what is there, for the message. */
  found: string;
  /** `반각 쉼표(,)`: what to write instead. */
  wanted: string;
}

/** The first full-width or look-alike character of `text`, or undefined. */
export function findLookalike(text: string): Lookalike | undefined {
  let offset = 0;
  let position = 0;
  for (const char of text) {
    position += 1;
    const plain = plainOf(char);
    if (plain !== undefined) {
      const fullWidth = char !== plain && (char.codePointAt(0) ?? 0) >= 0xff01 && (char.codePointAt(0) ?? 0) <= 0xff5e;
      const name = nameOf(plain);
      const shown = plain === ' ' ? t('lookalike.spaceShown') : plain;
      const charShown = char === '\u3000' ? t('lookalike.wideSpaceShown') : char;
      return {
        char,
        plain,
        offset,
        position,
        found: t(fullWidth ? 'lookalike.foundFullWidth' : 'lookalike.foundLookalike', { name, char: charShown }),
        wanted: t('lookalike.wanted', { name, char: shown }),
      };
    }
    offset += char.length;
  }
  return undefined;
}

/** `text` with every full-width and look-alike character made plain (what the fix gives). */
export function plainText(text: string): string {
  return [...text].map((char) => plainOf(char) ?? char).join('');
}

/** The message about the first look-alike character of `text` (with its offset for the column), or undefined. */
export function lookalikeMessage(text: string): { parts: MessageParts; offset: number } | undefined {
  const found = findLookalike(text);
  if (!found) return undefined;
  const code = `U+${(found.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    offset: found.offset,
    parts: problemText('lookalike.found', { found: found.found, wanted: found.wanted, char: found.char, code, position: found.position, fixed: plainText(text) }),
  };
}

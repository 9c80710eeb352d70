/** The three parts of every message about bad content: what is wrong in Korean and in English, and how to fix it. */
/**
 * Schemas carry all three texts in one zod message, joined by a unit separator,
 * so one custom message can say what is wrong in both languages and how to fix it.
 */
const SEP = '\u001F';

export interface MessageParts {
  ko: string;
  en: string;
  fix: string;
}

export function encodeMessage(parts: MessageParts): string {
  return [parts.ko, parts.en, parts.fix].join(SEP);
}

export function decodeMessage(message: string): MessageParts | undefined {
  const parts = message.split(SEP);
  if (parts.length !== 3) return undefined;
  const [ko, en, fix] = parts as [string, string, string];
  return { ko, en, fix };
}

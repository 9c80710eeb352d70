/**
 * The one error format for every bad file (ARCHITECTURE.md):
 *   path:line[:column] field — 한국어 설명 (English) → how to fix
 * Build, `validate` and tests all print problems through `formatProblem`.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path as the editor sees it, relative to the repository (e.g. `content/programme.yaml`). */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path (`contacts.0.email`), or `(파일)` for the file itself. */
  field: string;
  ko: string;
  en: string;
  fix: string;
  severity: Severity;
}

export const FILE_FIELD = '(파일)';

/** Control characters a message quotes from the content (a line break in a tag) written visibly, so a problem stays one line. */
// eslint-disable-next-line no-control-regex
const visible = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const prefix = p.severity === 'warning' ? '경고 ' : '';
  return visible(`${prefix}${place} ${p.field} — ${p.ko} (${p.en}) → ${p.fix}`);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Sort by file, then line, so a long list reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

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

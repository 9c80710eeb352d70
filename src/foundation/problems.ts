/**
 * The one error format for every bad file (ARCHITECTURE.md):
 *   path:line[:column] field — 한국어 설명 (English) → how to fix
 * Build, `validate` and tests all print problems through `formatProblem`.
 */
import { t } from '../i18n/index.ts';
import type { MessageParts } from './message.ts';

export type { MessageParts };
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

/** The field of a problem with the file as a whole. */
export const FILE_FIELD = t('problem.fieldFile');

/** Control characters a message quotes from the content (a line break in a tag) written visibly, so a problem stays one line. */
// eslint-disable-next-line no-control-regex
const visible = (text: string) => text.replace(/[\u0000-\u001F\u007F]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const prefix = p.severity === 'warning' ? `${t('problem.warning')} ` : '';
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

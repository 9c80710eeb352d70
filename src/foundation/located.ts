import { FILE_FIELD, type MessageParts, type Problem, type Severity } from './problems.ts';

/** A value read from a content file, with the file and a way to find each field's line in it. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

export interface Located<T> {
  file: string;
  data: T;
  locate: Locate;
}

/**
 * A problem at a field of a located file: the line of the field, or of the nearest enclosing one
 * that stands in the file; the file itself when the path is empty.
 */
export function problemAt(entry: Located<unknown>, path: readonly PropertyKey[], parts: MessageParts, severity: Severity = 'error'): Problem {
  const where = path.length === 0 ? undefined : (entry.locate(path) ?? entry.locate(path.slice(0, -1)) ?? entry.locate(path.slice(0, 1)));
  return { file: entry.file, field: path.length > 0 ? path.map(String).join('.') : FILE_FIELD, severity, ...parts, ...where };
}

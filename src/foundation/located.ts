import { FILE_FIELD, type MessageParts, type Problem, type Severity } from './problems.ts';

/**
 * A value read from a content file, with the file and a way to find each field's line in it.
 * `offset`: a character inside the field's text (UTF-16 units), for a message that names one
 * character (a full-width comma); readers whose columns are not characters (CSV) ignore it.
 */
export type Locate = (path: readonly PropertyKey[], offset?: number) => { line: number; column: number } | undefined;

/** Ends a path to name a mapping's key itself (`['tags', '매칭데이', MAP_KEY]`), not its value: the tag vocabulary's tags are keys. */
export const MAP_KEY = Symbol('map key');

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

/** A value read from a content file, with the file and a way to find each field's line in it. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

export interface Located<T> {
  file: string;
  data: T;
  locate: Locate;
}

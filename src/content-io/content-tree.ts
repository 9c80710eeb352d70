/**
 * The content folder as a tree of plain files: nothing in it may be a symbolic link (or a
 * device, socket or pipe), so no reader ever follows a link to a file outside the folder
 * (`/etc/passwd` as an "attachment"). Walks with lstat, never following a link.
 */
import { problemText } from '../i18n/index.ts';
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { displayPath } from './data-file.ts';

export function contentTreeProblems(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const refuse = (absolute: string, key: 'content.symlink' | 'content.specialFile') =>
    problems.push({ file: displayPath(absolute), field: FILE_FIELD, severity: 'error', ...problemText(key) });
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    return problems;
  }
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const absolute = path.join(dir, name);
      const stat = lstatSync(absolute);
      if (stat.isSymbolicLink()) refuse(absolute, 'content.symlink');
      else if (stat.isDirectory()) walk(absolute);
      else if (!stat.isFile()) refuse(absolute, 'content.specialFile');
    }
  };
  walk(root);
  return problems;
}

/** Whether `absolute` is a plain file (or folder), not a link, inside the content folder: the last guard before a file is read for publishing. */
export function isContentFile(contentDir: string, absolute: string, kind: 'file' | 'folder' = 'file'): boolean {
  try {
    const stat = lstatSync(absolute);
    if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) return false;
    const root = realpathSync(contentDir);
    return realpathSync(absolute).startsWith(root + path.sep);
  } catch {
    return false;
  }
}

/**
 * What the branch's own history shows of a content folder's releases: every committed version of
 * every release file, with the commit time it came in and the commit time the next commit replaced
 * or removed it. Main's own line is followed (first parents: a pull request's commits count from
 * the merge). At most four git processes however long the history is — one `rev-parse`, one
 * `ls-files` (a folder git does not track, such as a test fixture, has no history: done), one
 * `log --raw` of the releases folder, one `cat-file --batch` for the versions' text — and only git
 * objects are read: nothing outside the repository, no file by a path the history names.
 *
 * The state being checked is not an earlier state: when the releases on disk are HEAD's (a CI
 * checkout, a pull request's merge commit), HEAD's own versions end at HEAD's commit time; when
 * they differ (uncommitted edits), HEAD is an earlier state like any other and lasts until now.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `full`: the whole history is there; `shallow`: cut off (a shallow clone); `none`: no repository, no git, or no commit yet. */
export type HistoryState = 'full' | 'shallow' | 'none';

export interface FileVersion {
  /** Path inside the releases folder, NFC, with `/` (`2025/2025-12-17-x.mdx`). */
  path: string;
  blob: string;
  source: string;
  /** Commit time (ms) the version came onto the branch, and when the next commit replaced it (Infinity: it is at HEAD). */
  since: number;
  until: number;
}

export interface ReleaseHistory {
  state: HistoryState;
  versions: FileVersion[];
}

export interface GitResult {
  status: number | null;
  stdout: Buffer;
}

/** Runs git in a folder; tests pass their own to count the processes. */
export type GitRunner = (args: string[], cwd: string, input?: string) => GitResult;

export const runGit: GitRunner = (args, cwd, input) => {
  // Paths are literal (a folder name with * or [ is no pattern); names are printed as they are.
  const result = spawnSync('git', ['--literal-pathspecs', '-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
    // The folder's own repository only: no GIT_DIR or GIT_WORK_TREE of a caller (a hook) redirects it.
    env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR)$/.test(key))),
  });
  return { status: result.error ? null : result.status, stdout: result.stdout ?? Buffer.alloc(0) };
};

const NONE: ReleaseHistory = { state: 'none', versions: [] };
const ZERO = /^0+$/;

/** Versions by repository, HEAD and folder: a build and validate read the same history several times. */
const cache = new Map<string, { history: ReleaseHistory; head: number }>();

export function releaseHistory(contentDir: string, git: GitRunner = runGit): ReleaseHistory {
  const where = git(['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository', '--verify', 'HEAD'], contentDir);
  if (where.status !== 0) return NONE;
  const [top = '', prefix = '', shallow = '', head = ''] = where.stdout.toString('utf8').split('\n');
  if (!top || !/^[0-9a-f]{40,64}$/.test(head)) return NONE;
  const folder = `${prefix}releases/`;
  const key = `${top}\u0000${head}\u0000${folder}`;
  const cached = cache.get(key) ?? readHistory(top, folder, head, shallow.trim() === 'true', git);
  if (!cached) return NONE;
  cache.set(key, cached);
  const { history, head: headTime } = cached;
  if (!sameAsDisk(history.versions, path.join(contentDir, 'releases'))) return history;
  // Checking HEAD itself: its versions were not shown before it.
  const versions = history.versions.filter((v) => v.since < headTime).map((v) => (v.until > headTime ? { ...v, until: headTime } : v));
  return { state: history.state, versions };
}

function readHistory(top: string, folder: string, headCommit: string, shallow: boolean, git: GitRunner): { history: ReleaseHistory; head: number } | undefined {
  const contentFolder = folder.slice(0, -'releases/'.length) || '.';
  const tracked = git(['ls-files', '-z', '--', contentFolder], top);
  if (tracked.status !== 0) return undefined;
  // Nothing of it was ever committed here: its (empty) history is whole, however shallow the clone.
  if (tracked.stdout.length === 0) return { history: { state: 'full', versions: [] }, head: Infinity };
  const log = git(['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %ct', 'HEAD', '--', folder], top);
  if (log.status !== 0) return undefined;
  const changes = parseLog(log.stdout.toString('utf8'), folder);
  const blobs = [...new Set(changes.flatMap((c) => (c.blob ? [c.blob] : [])))];
  // HEAD's commit rides in the same batch: its committer time is when the earlier states end.
  const objects = readObjects([headCommit, ...blobs], top, git);
  const head = Number(/^committer .* (\d+) [+-]\d{4}$/m.exec(objects?.get(headCommit) ?? '')?.[1]) * 1000;
  if (objects === undefined || !Number.isFinite(head)) return undefined;
  const texts = objects;

  // Oldest first: a version lasts until the next change of the same path.
  changes.reverse();
  const versions: FileVersion[] = [];
  const open = new Map<string, FileVersion>();
  for (const change of changes) {
    const previous = open.get(change.path);
    if (previous) previous.until = change.time;
    open.delete(change.path);
    const source = change.blob ? texts.get(change.blob) : undefined;
    if (source === undefined) continue;
    const version = { path: change.path, blob: change.blob ?? '', source, since: change.time, until: Infinity };
    versions.push(version);
    open.set(change.path, version);
  }
  return { history: { state: shallow ? 'shallow' : 'full', versions }, head };
}

/**
 * Are the release files on disk exactly HEAD's? Compared by git's own blob ids, computed here
 * from the files (no `git status`, one process fewer); any difference counts HEAD as an earlier state.
 */
function sameAsDisk(versions: readonly FileVersion[], releasesDir: string): boolean {
  const atHead = new Map(versions.filter((v) => v.until === Infinity).map((v) => [v.path, v.blob]));
  const onDisk = existsSync(releasesDir)
    ? readdirSync(releasesDir, { recursive: true, encoding: 'utf8' }).filter((relative) => lstatSync(path.join(releasesDir, relative)).isFile())
    : [];
  if (onDisk.length !== atHead.size) return false;
  return onDisk.every((relative) => {
    const blob = atHead.get(relative.split(path.sep).join('/').normalize('NFC'));
    if (!blob) return false;
    const bytes = readFileSync(path.join(releasesDir, relative));
    const id = createHash(blob.length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\u0000`).update(bytes).digest('hex');
    return id === blob;
  });
}

interface Change {
  time: number;
  path: string;
  /** The new blob; undefined when the file was removed (or is no regular file any more). */
  blob: string | undefined;
}

/** `log -z --raw` output: `\x01<sha> <time>\0` then `:<modes> <old> <new> <status>\0<path>\0` per file. */
function parseLog(output: string, folder: string): Change[] {
  const tokens = output.split('\u0000');
  const changes: Change[] = [];
  let time = NaN;
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? '').replace(/^\n/, '');
    if (token.startsWith('\u0001')) {
      time = Number(token.split(' ')[1]) * 1000;
    } else if (token.startsWith(':')) {
      const path = tokens[++i] ?? '';
      const [, newMode = '', , newBlob = ''] = token.slice(1).split(' ');
      if (!path.startsWith(folder) || !Number.isFinite(time)) continue;
      const regular = newMode === '100644' || newMode === '100755';
      changes.push({ time, path: path.slice(folder.length).normalize('NFC'), blob: regular && !ZERO.test(newBlob) ? newBlob : undefined });
    }
  }
  return changes;
}

/** Every object's text in one `cat-file --batch`: `<sha> <type> <size>\n<bytes>\n` each. */
function readObjects(ids: readonly string[], top: string, git: GitRunner): Map<string, string> | undefined {
  const result = git(['cat-file', '--batch'], top, `${ids.join('\n')}\n`);
  if (result.status !== 0) return undefined;
  const out = result.stdout;
  const texts = new Map<string, string>();
  let offset = 0;
  while (offset < out.length) {
    const end = out.indexOf(0x0a, offset);
    if (end < 0) break;
    const [sha = '', type = '', size = ''] = out.subarray(offset, end).toString('utf8').split(' ');
    if (type !== 'blob' && type !== 'commit') {
      offset = end + 1;
      continue;
    }
    const length = Number(size);
    texts.set(sha, out.subarray(end + 1, end + 1 + length).toString('utf8'));
    offset = end + 1 + length + 1;
  }
  return texts;
}

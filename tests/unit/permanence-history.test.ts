/**
 * No manual step for permanence (issue 13): a release committed to main, public by its time, is
 * protected from then on, with nothing run but the commit — the web editor's flow. Each case is a
 * throw-away git repository with a copy of the real content, commits dated by GIT_COMMITTER_DATE
 * (no wall clock), and the content gate run at a given as-of instant.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { releaseHistory, runGit, type GitRunner } from '../../src/content-io/git-history.ts';
import { effectiveRecord } from '../../src/content-io/published-record.ts';
import { loadPermanenceFiles } from '../../src/content-io/permanence.ts';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { parseKstTime } from '../../src/foundation/kst.ts';
import { recordFromHistory, type HistoricVersion } from '../../src/domain/permanence-history.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { buildRoot, REAL_CONTENT, REPO_ROOT } from '../helpers/paths.ts';
import { AFTER_END } from '../helpers/instants.ts';

const NEW_ID = '2026-12-02-web-release';

/** A synthetic release beside the real ones (only in this throw-away copy). */
function release(date: string, options: { title?: string; body?: string; extra?: string } = {}): string {
  return [
    '---',
    `title: ${options.title ?? '웹 편집기로 올린 시험 보도자료'}`,
    'summary: 시험용으로 만든 보도자료의 요약입니다.',
    `date: ${date}`,
    'category: 행사',
    'tags: [매칭데이]',
    'organizations: [jeju-technopark]',
    'contacts:',
    '  - organization: jeju-technopark',
    '    name: 제주테크노파크',
    'sources: [bizdaily-2025-12-20]',
    ...(options.extra ? [options.extra] : []),
    '---',
    '',
    options.body ?? '시험용으로 만든 본문입니다.',
    '',
  ].join('\n');
}

interface Repo {
  dir: string;
  content: string;
  /** Writes files (null removes one) under content/ and commits them at `when` on the current branch. */
  commit(when: string, files: Record<string, string | null>, message?: string): void;
  git(...args: string[]): string;
  file(id: string): string;
}

function makeRepo(name: string, when = '2026-12-01T09:00:00+09:00'): Repo {
  const dir = mkdtempSync(path.join(buildRoot(), `history-${name}-`));
  const content = path.join(dir, 'content');
  cpSync(REAL_CONTENT, content, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=편집자', '-c', 'user.email=staff@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: currentDate, GIT_COMMITTER_DATE: currentDate },
    });
  let currentDate = when;
  const repo: Repo = {
    dir,
    content,
    git,
    file: (id) => path.join(content, 'releases', id.slice(0, 4), `${id}.mdx`),
    commit(at, files, message = '웹 편집기에서 고침') {
      currentDate = at;
      for (const [relative, text] of Object.entries(files)) {
        const target = path.join(content, relative);
        if (text === null) rmSync(target);
        else {
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, text);
        }
      }
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
  };
  git('init', '-q');
  repo.commit(when, {}, '콘텐츠 복사');
  return repo;
}

const at = (text: string) => parseAsOf(text);
const rel = (id: string) => `releases/${id.slice(0, 4)}/${id}.mdx`;
const problems = (dir: string, asOf: string, severity: 'error' | 'warning' = 'error') =>
  loadContent(dir, at(asOf)).problems.filter((p) => p.severity === severity).map(formatProblem);

describe('a release committed public is protected, with no command run', () => {
  it('stops a rename one commit later, naming the new file and the published address', () => {
    const repo = makeRepo('rename');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    expect(problems(repo.content, '2026-12-02T12:00:00+09:00')).toEqual([]);
    renameSync(repo.file(NEW_ID), repo.file(`${NEW_ID}-renamed`));
    repo.commit('2026-12-03T10:00:00+09:00', {});
    expect(problems(repo.content, '2026-12-04T12:00:00+09:00')).toEqual([
      expect.stringMatching(new RegExp(`content/releases/2026/${NEW_ID}-renamed\\.mdx \\(파일\\) — 게시된 보도자료 /releases/${NEW_ID}/의 파일 이름을 바꾸었습니다.*→ 파일 이름을 ${NEW_ID}\\.mdx로 되돌리세요.*redirects\\.yaml`)),
    ]);
  });

  it('stops an edit of its text, at the body line, and the validate command exits 1 with it', () => {
    const repo = makeRepo('edit');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02T09:00:00+09:00') });
    repo.commit('2026-12-03T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02T09:00:00+09:00', { body: '바뀐 본문입니다.' }) });
    // The body's first line, the one after the closing ---.
    const bodyLine = release('2026-12-02').split('\n').indexOf('---', 1) + 2;
    expect(problems(repo.content, '2026-12-04T12:00:00+09:00')).toEqual([
      expect.stringMatching(new RegExp(`content/releases/2026/${NEW_ID}\\.mdx:${bodyLine} 본문 — 게시된 보도자료의 내용이 바뀌었는데 새 정정 기록이 없습니다`)),
    ]);
    const cli = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/node'), [path.join(REPO_ROOT, 'scripts/validate.ts'), '--content', repo.content], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', PORTAL_AS_OF: '2026-12-04T12:00:00+09:00' },
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout + cli.stderr).toContain(`content/releases/2026/${NEW_ID}.mdx:${bodyLine} 본문 — 게시된 보도자료의 내용이 바뀌었는데`);
  });

  it('stops a deletion, and accepts it once a withdrawal is declared', () => {
    const repo = makeRepo('delete');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    repo.commit('2026-12-03T10:00:00+09:00', { [rel(NEW_ID)]: null });
    expect(problems(repo.content, '2026-12-04T12:00:00+09:00')).toEqual([expect.stringMatching(new RegExp(`게시된 보도자료 /releases/${NEW_ID}/의 파일이 없습니다`))]);
    repo.commit('2026-12-03T11:00:00+09:00', { 'withdrawals.yaml': `- id: ${NEW_ID}\n  date: 2026-12-03\n  reason: 시험으로 철회합니다.\n` });
    expect(problems(repo.content, '2026-12-04T12:00:00+09:00')).toEqual([]);
  });

  it('takes a corrected text as the published one from its commit on', () => {
    const repo = makeRepo('correct');
    const correction = 'corrections:\n  - date: 2026-12-03\n    note: 숫자를 바로잡았습니다.';
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    repo.commit('2026-12-03T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02', { body: '고친 본문입니다.', extra: correction }) });
    expect(problems(repo.content, '2026-12-04T12:00:00+09:00')).toEqual([]);
    // A later change needs a correction of its own: the first one does not cover it.
    repo.commit('2026-12-04T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02', { body: '또 고친 본문입니다.', extra: correction }) });
    expect(problems(repo.content, '2026-12-05T12:00:00+09:00')).toEqual([expect.stringMatching(/본문 — 게시된 보도자료의 내용이 바뀌었는데 새 정정 기록이 없습니다/)]);
  });

  it('still holds a text that a commit changed without a correction, though later commits kept it', () => {
    const repo = makeRepo('kept');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    repo.commit('2026-12-03T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02', { title: '몰래 바꾼 제목' }) });
    repo.commit('2026-12-03T11:00:00+09:00', { 'search-synonyms.yaml': readFileSync(path.join(REAL_CONTENT, 'search-synonyms.yaml'), 'utf8') + '\n' });
    expect(problems(repo.content, '2026-12-04T12:00:00+09:00')).toEqual([expect.stringMatching(new RegExp(`${NEW_ID}\\.mdx:2:\\d+ title — .*\\(바뀐 곳: 제목`))]);
  });
});

describe('what was never public is free to change', () => {
  it('a draft, and a release whose time had not come before it was renamed', () => {
    const repo = makeRepo('free');
    repo.commit('2026-12-02T10:00:00+09:00', {
      [rel('2026-12-02-draft')]: release('2026-12-02', { extra: 'draft: true' }),
      [rel('2026-12-10-scheduled')]: release('2026-12-10T10:00:00+09:00'),
    });
    renameSync(repo.file('2026-12-02-draft'), repo.file('2026-12-02-draft-renamed'));
    renameSync(repo.file('2026-12-10-scheduled'), repo.file('2026-12-10-scheduled-renamed'));
    repo.commit('2026-12-03T10:00:00+09:00', {});
    // Long after both times: the old names were never shown.
    expect(problems(repo.content, '2026-12-20T12:00:00+09:00')).toEqual([]);
  });

  it('a release renamed before the run’s as-of instant reached its commit', () => {
    const repo = makeRepo('as-of');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    renameSync(repo.file(NEW_ID), repo.file(`${NEW_ID}-renamed`));
    repo.commit('2026-12-03T10:00:00+09:00', {});
    expect(problems(repo.content, '2026-12-02T09:00:00+09:00')).toEqual([]);
    expect(problems(repo.content, '2026-12-02T11:00:00+09:00')).toHaveLength(1);
  });

  it('commits of a pull request count from its merge: renamed inside the branch, never on main', () => {
    const repo = makeRepo('branch');
    repo.git('checkout', '-q', '-b', 'patch-1');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    renameSync(repo.file(NEW_ID), repo.file(`${NEW_ID}-renamed`));
    repo.commit('2026-12-03T10:00:00+09:00', {});
    repo.git('checkout', '-q', 'main');
    // The merge commit's own date is the moment it landed.
    execFileSync('git', ['-c', 'user.name=편집자', '-c', 'user.email=staff@example.invalid', 'merge', '-q', '--no-ff', '-m', 'Merge pull request', 'patch-1'], {
      cwd: repo.dir,
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-12-04T10:00:00+09:00', GIT_COMMITTER_DATE: '2026-12-04T10:00:00+09:00' },
    });
    expect(problems(repo.content, '2026-12-05T12:00:00+09:00')).toEqual([]);
    // Once merged it is protected like any other.
    renameSync(repo.file(`${NEW_ID}-renamed`), repo.file(NEW_ID));
    repo.commit('2026-12-05T10:00:00+09:00', {});
    expect(problems(repo.content, '2026-12-06T12:00:00+09:00')).toEqual([expect.stringMatching(/의 파일 이름을 바꾸었습니다/)]);
  });
});

describe('when the history cannot tell', () => {
  it('a shallow clone is an error that says how to fetch the history', () => {
    const repo = makeRepo('shallow-origin');
    repo.commit('2026-12-02T10:00:00+09:00', { [rel(NEW_ID)]: release('2026-12-02') });
    repo.commit('2026-12-03T10:00:00+09:00', { 'search-synonyms.yaml': readFileSync(path.join(REAL_CONTENT, 'search-synonyms.yaml'), 'utf8') + '\n' });
    const shallow = path.join(repo.dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const found = problems(path.join(shallow, 'content'), '2026-12-04T12:00:00+09:00');
    expect(found).toEqual([expect.stringMatching(/shallow\/content \(파일\) — git 기록이 얕게\(shallow\) 받아져 있어.*fetch-depth: 0/)]);
  });

  it('a folder outside any repository warns that only published.json holds the releases', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'portal-no-history-'));
    try {
      const content = path.join(outside, 'content');
      cpSync(REAL_CONTENT, content, { recursive: true });
      expect(releaseHistory(content).state).toBe('none');
      expect(problems(content, '2026-12-04T12:00:00+09:00')).toEqual([]);
      expect(problems(content, '2026-12-04T12:00:00+09:00', 'warning')).toEqual([expect.stringMatching(/content \(파일\) — git 기록이 없는 폴더입니다: 게시된 보도자료는 published\.json에 적힌 것만 지켜집니다/)]);
      // The cache still holds the real releases.
      writeFileSync(path.join(content, rel('2025-12-17-ai-matching-day')), release('2025-12-17'));
      expect(problems(content, '2026-12-04T12:00:00+09:00').join('\n')).toMatch(/2025-12-17-ai-matching-day\.mdx:2:\d+ title — 게시된 보도자료의 내용이 바뀌었는데/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('the replay of versions (pure)', () => {
  const ms = (text: string) => at(text).getTime();
  const version = (title: string, since: string, until: string | undefined, extra: Partial<HistoricVersion> = {}): HistoricVersion => ({
    id: '2026-12-02-x',
    folderYear: '2026',
    text: { title, summary: '요약', date: parseKstTime('2026-12-02T09:00:00+09:00')!, body: '본문' },
    draft: false,
    corrections: 0,
    since: ms(since),
    until: until ? ms(until) : Infinity,
    ...extra,
  });
  const asOf = at('2026-12-20T00:00:00+09:00');

  it('ignores what ended before historyFrom, and counts the version in place at it', () => {
    const versions = [version('처음', '2026-12-01T10:00:00+09:00', '2026-12-05T10:00:00+09:00'), version('나중', '2026-12-05T10:00:00+09:00', undefined)];
    expect(recordFromHistory(versions, asOf).map((e) => e.title)).toEqual(['처음']);
    expect(recordFromHistory(versions, asOf, ms('2026-12-06T00:00:00+09:00')).map((e) => e.title)).toEqual(['나중']);
    expect(recordFromHistory(versions, asOf, ms('2026-12-03T00:00:00+09:00')).map((e) => e.title)).toEqual(['처음']);
  });

  it('a version replaced before its time came, or a draft, was never public', () => {
    expect(recordFromHistory([version('예약', '2026-12-01T10:00:00+09:00', '2026-12-02T08:00:00+09:00')], asOf)).toEqual([]);
    expect(recordFromHistory([version('초안', '2026-12-01T10:00:00+09:00', undefined, { draft: true })], asOf)).toEqual([]);
    expect(recordFromHistory([version('아직', '2026-12-01T10:00:00+09:00', undefined)], at('2026-12-02T08:59:59+09:00'))).toEqual([]);
  });

  it('a change without a new correction does not become the published text; one with it does', () => {
    const versions = [
      version('처음', '2026-12-02T10:00:00+09:00', '2026-12-03T10:00:00+09:00'),
      version('몰래', '2026-12-03T10:00:00+09:00', '2026-12-04T10:00:00+09:00'),
      version('정정', '2026-12-04T10:00:00+09:00', undefined, { corrections: 1 }),
    ];
    expect(recordFromHistory(versions.slice(0, 2), asOf).map((e) => [e.title, e.corrections])).toEqual([['처음', 0]]);
    expect(recordFromHistory(versions, asOf).map((e) => [e.title, e.corrections])).toEqual([['정정', 1]]);
  });
});

describe('reading the history', () => {
  it('takes four git processes however many commits and versions, and one while HEAD stays', () => {
    const repo = makeRepo('count');
    for (let day = 2; day <= 9; day++) {
      repo.commit(`2026-12-0${day}T10:00:00+09:00`, { [rel(`2026-12-0${day}-release`)]: release(`2026-12-0${day}`), [rel(NEW_ID)]: release('2026-12-02', { title: `제목 ${day}`, extra: `corrections:\n${Array.from({ length: day }, () => '  - date: 2026-12-09\n    note: 고쳤습니다.').join('\n')}` }) });
    }
    let calls = 0;
    const counting: GitRunner = (args, cwd, input) => {
      calls++;
      return runGit(args, cwd, input);
    };
    const history = releaseHistory(repo.content, counting);
    expect(calls).toBe(4);
    expect(history.state).toBe('full');
    // Two real releases and seven new ones, and seven versions of the one changed every day:
    // the last commit's own (a new release, the eighth version) is the state being checked.
    expect(history.versions.length).toBe(2 + 7 + 7);
    const asOf = at('2026-12-10T00:00:00+09:00');
    const cached = loadPermanenceFiles(repo.content, []).record?.data;
    expect(effectiveRecord(repo.content, cached, asOf, counting).entries.find((e) => e.id === NEW_ID)?.title).toBe('제목 8');
    expect(calls).toBe(5);
    // An uncommitted edit: HEAD is an earlier state now, and its versions count until the as-of instant.
    writeFileSync(repo.file(NEW_ID), release('2026-12-02', { title: '아직 커밋하지 않은 제목' }));
    expect(releaseHistory(repo.content, counting).versions.length).toBe(2 + 8 + 8);
    expect(calls).toBe(6);
    const record = effectiveRecord(repo.content, cached, asOf, counting);
    expect(record.entries.map((e) => e.id)).toContain('2026-12-09-release');
    expect(record.entries.find((e) => e.id === NEW_ID)?.title).toBe('제목 9');
    expect(problems(repo.content, '2026-12-10T00:00:00+09:00').join('\n')).toMatch(/title — 게시된 보도자료의 내용이 바뀌었는데/);
  });

  it('reads nothing more of a folder git does not track (a test fixture): two processes, no history', () => {
    const fixture = mkdtempSync(path.join(buildRoot(), 'untracked-'));
    cpSync(REAL_CONTENT, fixture, { recursive: true });
    let calls = 0;
    const history = releaseHistory(fixture, (args, cwd, input) => {
      calls++;
      return runGit(args, cwd, input);
    });
    expect(history).toEqual({ state: 'full', versions: [] });
    expect(calls).toBe(2);
  });

  it('agrees with the committed cache on the real content (the history from historyFrom on is the same text)', () => {
    const files = loadPermanenceFiles(REAL_CONTENT, []);
    const cached = files.record?.data;
    expect(cached?.historyFrom).toBeDefined();
    const { entries, history } = effectiveRecord(REAL_CONTENT, { ...cached!, releases: [] }, AFTER_END);
    expect(history).toBe('full');
    expect(entries).toEqual(cached?.releases);
  });
});

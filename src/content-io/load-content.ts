/**
 * Reads a content folder, checks every file with the schemas and the
 * cross-file rules, and returns the data with every problem found.
 * The build, `validate` and the tests all read content through here.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { checkCrossFile } from '../rules/cross-file.ts';
import { organizationsFileSchema, type Organization } from '../schemas/organization.ts';
import { programmeSchema, type Programme } from '../schemas/programme.ts';
import { releaseSchema } from '../schemas/release.ts';
import { RELEASE_FILE_NAME, SLUG_MAX_LENGTH } from '../schemas/release-id.ts';
import { parseYamlSource } from './yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { problemsFromZod } from '../foundation/zod-problems.ts';
import { displayPath, guard, loadDataFile, loadOptionalDataFile, readText } from './data-file.ts';
import { searchSynonymsSchema } from '../schemas/search-synonyms.ts';
import type { Root } from 'hast';
import { parseReleaseBody, releaseBodyProblems } from './release-body.ts';
import { contentTreeProblems } from './content-tree.ts';
import { siteLinkTarget, type LinkedRelease } from '../schemas/release-body.ts';
import { findStatUses, loadKpiFiles } from './kpi-files.ts';
import { checkKpiRules } from '../rules/kpi-rules.ts';
import { permanenceProblems } from './permanence.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import type { MatchPair } from '../schemas/match.ts';
import type { Revision } from '../schemas/revision.ts';
import type { Press } from '../schemas/press.ts';
import { tagProblems } from '../domain/archives.ts';
import { attachmentProblems, strayAttachmentProblems } from './attachments.ts';
import { loadPress } from './press.ts';
import type { Located } from '../foundation/located.ts';
import type { ReleaseEntry } from '../schemas/release.ts';

export interface LoadedContent {
  programme?: Located<Programme>;
  organizations?: Located<Organization[]>;
  /** `tree`: the body as parsed once (undefined when it does not parse: the problem is reported). */
  releases: (ReleaseEntry & { body: string; bodyLine: number; tree: Root | undefined })[];
  /** KPI data (budget.csv, matches.yaml, revisions.yaml); absent when the file is missing or bad. */
  budget?: Located<BudgetRow[]>;
  matches?: Located<MatchPair[]>;
  revisions?: Located<Revision[]>;
  /** content/press.yaml (the /press/ page); absent when the file is missing or bad. */
  press?: Located<Press>;
  problems: Problem[];
}

function badName(file: string): Problem {
  return {
    file,
    field: FILE_FIELD,
    severity: 'error',
    ko: '보도자료 파일의 위치나 이름이 규칙에 맞지 않습니다',
    en: 'release file is in the wrong folder or badly named',
    fix: `content/releases/<연도>/<YYYY-MM-DD>-<영문-소문자-slug>.mdx 로 두세요 (예: 2025/2025-12-17-launch.mdx; slug는 ${SLUG_MAX_LENGTH}자까지)`,
  };
}

/** Release files as stored (a name may be NFD on disk: it is read by that name, checked as NFC). Links are not files (content-tree.ts). */
function listReleaseFiles(releasesDir: string): string[] {
  if (!existsSync(releasesDir)) return [];
  return readdirSync(releasesDir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => !path.basename(relative).startsWith('.'))
    .filter((relative) => lstatSync(path.join(releasesDir, relative)).isFile())
    .sort((a, b) => a.normalize('NFC').localeCompare(b.normalize('NFC')));
}

function loadRelease(releasesDir: string, stored: string, problems: Problem[]): LoadedContent['releases'][number] | undefined {
  const absolute = path.join(releasesDir, stored);
  const relative = stored.normalize('NFC');
  const file = displayPath(path.join(releasesDir, relative));
  const parts = relative.split(path.sep);
  const name = parts.at(-1) ?? '';
  if (parts.length !== 2 || !/^\d{4}$/.test(parts[0] ?? '') || !RELEASE_FILE_NAME.test(name) || name.length - '2025-12-17-.mdx'.length > SLUG_MAX_LENGTH) {
    problems.push(badName(file));
    return undefined;
  }
  const source = readText(absolute, problems);
  if (source === undefined) return undefined;
  const split = splitFrontmatter(source);
  if (!split) {
    problems.push({ file, line: 1, field: FILE_FIELD, severity: 'error', ko: '머리말(frontmatter)이 없습니다', en: 'missing frontmatter', fix: '파일 맨 앞에 --- 로 시작하고 --- 로 끝나는 머리말을 두세요' });
    return undefined;
  }
  const parsed = parseYamlSource(split.frontmatter, file, 2);
  problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return undefined;
  const result = releaseSchema.safeParse(parsed.value ?? {}, { reportInput: true });
  if (!result.success) {
    problems.push(...problemsFromZod(result.error.issues, file, parsed.locate));
    return undefined;
  }
  const parsedBody = parseReleaseBody(split.body, file, split.bodyLine);
  if (!parsedBody.ok) problems.push(parsedBody.problem);
  return {
    file,
    id: name.replace(/\.mdx$/, ''),
    folderYear: parts[0] ?? '',
    data: result.data,
    locate: parsed.locate,
    body: split.body,
    bodyLine: split.bodyLine,
    tree: parsedBody.ok ? parsedBody.tree : undefined,
  };
}

export type LoadedRelease = LoadedContent['releases'][number];

/**
 * Every release file of a content folder: its name, frontmatter and body checked, the body
 * parsed once. `validate`, the content gate and the build's releases loader all read here.
 */
export function readReleases(contentDir: string): { files: string[]; releases: LoadedRelease[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const releasesDir = path.join(contentDir, 'releases');
  const stored = listReleaseFiles(releasesDir);
  const releases = stored
    .map((relative) => guard(displayPath(path.join(releasesDir, relative)), problems, () => loadRelease(releasesDir, relative, problems)))
    .filter((entry) => entry !== undefined);
  const files = stored.map((relative) => relative.normalize('NFC'));
  const linked = new Map<string, LinkedRelease>(releases.map((r) => [r.id, { instant: r.data.date.instant.getTime(), draft: r.data.draft }]));
  for (const release of releases) {
    const self = linked.get(release.id);
    const tree = release.tree;
    if (tree && self) problems.push(...(guard(release.file, problems, () => releaseBodyProblems(tree, release.file, release.bodyLine, siteLinkTarget(self, linked))) ?? []));
  }
  return { files, releases, problems };
}

/** `asOf`: the run's one instant (what is public, what is current); the caller fixes it. */
export function loadContent(contentDir: string, asOf: Date): LoadedContent {
  const problems: Problem[] = [];
  const programme = loadDataFile(path.join(contentDir, 'programme.yaml'), programmeSchema, problems);
  const organizations = loadDataFile(path.join(contentDir, 'organizations.yaml'), organizationsFileSchema, problems);
  const read = readReleases(contentDir);
  const { releases } = read;
  const releaseFiles = read.files;
  problems.push(...read.problems);
  const loaded: LoadedContent = { releases, problems };
  if (programme) loaded.programme = programme;
  if (organizations) loaded.organizations = organizations;
  // Rules across files: an exception in one is reported against the folder, and checking goes on.
  const folder = displayPath(contentDir);
  const check = (rule: () => Problem[]) => problems.push(...(guard(folder, problems, rule) ?? []));
  check(() => contentTreeProblems(contentDir));
  check(() => checkCrossFile(loaded));
  const kpi = guard(folder, problems, () => loadKpiFiles(contentDir, problems)) ?? { complete: false };
  if (kpi.budget) loaded.budget = kpi.budget;
  if (kpi.matches) loaded.matches = kpi.matches;
  if (kpi.revisions) loaded.revisions = kpi.revisions;
  // A release file that failed its checks is still there: other files may name it.
  const releaseFileIds = new Set(releaseFiles.map((relative) => path.basename(relative, '.mdx')));
  const unreadable = new Set([...releaseFileIds].filter((id) => !releases.some((release) => release.id === id)));
  check(() => checkKpiRules({ ...loaded, releaseFileIds, stats: releases.flatMap(findStatUses), dataComplete: kpi.complete, asOf }));
  // Attachments (files, sizes, types), tags that must work as URLs, the press page.
  for (const release of releases) problems.push(...(guard(release.file, problems, () => [...attachmentProblems(contentDir, release), ...tagProblems(release)]) ?? []));
  check(() => strayAttachmentProblems(contentDir, releases));
  // The search synonyms feed the index, which the build writes last: checked here, like every file.
  loadOptionalDataFile(path.join(contentDir, 'search-synonyms.yaml'), searchSynonymsSchema, problems, {});
  const press = guard(folder, problems, () => loadPress(contentDir, organizations?.data, problems));
  if (press) loaded.press = press;
  // Published text stays put: the committed record, withdrawals and redirects (issue 6).
  check(() => permanenceProblems(contentDir, releases, asOf, unreadable));
  return loaded;
}

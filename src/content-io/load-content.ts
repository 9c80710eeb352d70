/**
 * Reads a content folder, checks every file with the schemas and the
 * cross-file rules, and returns the data with every problem found.
 * The build, `validate` and the tests all read content through here.
 */
import { problemText } from '../i18n/index.ts';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { paths } from '../foundation/urls.ts';
import path from 'node:path';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { checkCrossFile, futureChangeProblems } from '../rules/cross-file.ts';
import { organizationsFileSchema, type Organization } from '../schemas/organization.ts';
import { programmeSchema, type Programme } from '../schemas/programme.ts';
import { releaseSchema } from '../schemas/release.ts';
import { RELEASE_FILE_NAME, SLUG_MAX_LENGTH } from '../schemas/release-id.ts';
import { parseYamlSource, readableYaml } from './yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { problemsFromZod } from '../foundation/zod-problems.ts';
import { displayPath, guard, loadDataFile, loadOptionalDataFile, readText } from './data-file.ts';
import { searchSynonymsSchema } from '../schemas/search-synonyms.ts';
import type { Root } from 'hast';
import { parseReleaseBody, releaseBodyProblems } from './release-body.ts';
import { contentTreeProblems } from './content-tree.ts';
import { parseOnce } from './parse-once.ts';
import { readPages } from './pages.ts';
import { pageLinkTarget, programmeUrlProblems, type LinkContext, type LinkedRelease } from '../rules/body-links.ts';
import { LOCAL_ORIGIN, type SiteAddress } from './site-env.ts';
import { findStatUses, loadKpiFiles } from './kpi-files.ts';
import { checkKpiRules } from '../rules/kpi-rules.ts';
import { resultsProblems } from '../rules/results-rules.ts';
import { permanenceProblems } from './permanence.ts';
import type { BudgetRow } from '../schemas/budget.ts';
import type { MatchPair } from '../schemas/match.ts';
import type { Revision } from '../schemas/revision.ts';
import type { Press } from '../schemas/press.ts';
import { normalizeTag, tagProblems } from '../domain/archives.ts';
import { attachmentProblems, strayAttachmentProblems } from './attachments.ts';
import { loadPress } from './press.ts';
import { tagVocabularyCheck } from './tags.ts';
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
    ...problemText('content.releaseFileIsIn', { slugMaxLength: SLUG_MAX_LENGTH }),
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
    problems.push({ file, line: 1, field: FILE_FIELD, severity: 'error',  ...problemText('content.missingFrontmatter') });
    return undefined;
  }
  const parsed = parseYamlSource(split.frontmatter, file, 2);
  problems.push(...parsed.problems);
  // With syntax errors in the frontmatter, the file's other problems are still reported from
  // what could be read; the release is loaded (for the rules across files) only when all of it was.
  const readable = readableYaml(parsed);
  const result = readable && releaseSchema.safeParse(readable.value ?? {}, { reportInput: true });
  if (readable && result && !result.success) problems.push(...problemsFromZod(result.error.issues.filter((issue) => readable.keep(issue.path)), file, readable.locate));
  const parsedBody = parseReleaseBody(split.body, file, split.bodyLine);
  if (!parsedBody.ok) problems.push(parsedBody.problem);
  if (!readable?.complete || !result?.success) return undefined;
  return {
    file,
    id: name.replace(/\.mdx$/, ''),
    folderYear: parts[0] ?? '',
    data: result.data,
    locate: readable.locate,
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
export function readReleases(contentDir: string, links: Omit<LinkContext, 'releases'>): { files: string[]; releases: LoadedRelease[]; problems: Problem[]; links: LinkContext } {
  const problems: Problem[] = [];
  const releasesDir = path.join(contentDir, 'releases');
  const stored = listReleaseFiles(releasesDir);
  const releases = stored
    .map((relative) => guard(displayPath(path.join(releasesDir, relative)), problems, () => parseOnce(path.join(releasesDir, relative), problems, (own) => loadRelease(releasesDir, relative, own))))
    .filter((entry) => entry !== undefined);
  const files = stored.map((relative) => relative.normalize('NFC'));
  const context: LinkContext = { ...links, releases: new Map(releases.map((r) => [r.id, linkedRelease(r)])) };
  for (const release of releases) {
    const tree = release.tree;
    const from = { path: paths.release(release.id), instant: release.data.date.instant.getTime(), draft: release.data.draft };
    if (tree) problems.push(...(guard(release.file, problems, () => releaseBodyProblems(tree, release.file, release.bodyLine, pageLinkTarget(from, context))) ?? []));
  }
  return { files, releases, problems, links: context };
}

function linkedRelease(release: LoadedRelease): LinkedRelease {
  return {
    instant: release.data.date.instant.getTime(),
    draft: release.data.draft,
    tags: release.data.tags.map(normalizeTag),
    attachments: release.data.attachments.map((a) => a.file),
  };
}

/** The link context of a content folder's organisations and a site address (releases are added by `readReleases`). */
export function linkBasis(organizations: readonly { id: string }[] | undefined, site: SiteAddress): Omit<LinkContext, 'releases'> {
  return { organizations: new Set((organizations ?? []).map((o) => o.id)), origins: [...new Set([site.origin, LOCAL_ORIGIN])], base: site.base };
}

/**
 * `asOf`: the run's one instant (what is public, what is current); the caller fixes it.
 * `site`: where the site is published, so links to its own absolute URLs are checked too.
 */
export function loadContent(contentDir: string, asOf: Date, site: SiteAddress = { origin: LOCAL_ORIGIN, base: '/' }): LoadedContent {
  const problems: Problem[] = [];
  const programme = loadDataFile(path.join(contentDir, 'programme.yaml'), programmeSchema, problems);
  const organizations = loadDataFile(path.join(contentDir, 'organizations.yaml'), organizationsFileSchema, problems);
  const read = readReleases(contentDir, linkBasis(organizations?.data, site));
  problems.push(...readPages(contentDir, { context: read.links, asOf }).problems);
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
  check(() => futureChangeProblems(releases, asOf));
  if (programme) check(() => programmeUrlProblems(programme, read.links, asOf));
  if (programme) check(() => resultsProblems(programme, asOf));
  const kpi = guard(folder, problems, () => loadKpiFiles(contentDir, problems)) ?? { complete: false };
  if (kpi.budget) loaded.budget = kpi.budget;
  if (kpi.matches) loaded.matches = kpi.matches;
  if (kpi.revisions) loaded.revisions = kpi.revisions;
  // A release file that failed its checks is still there: other files may name it.
  const releaseFileIds = new Set(releaseFiles.map((relative) => path.basename(relative, '.mdx')));
  const loadedIds = new Set(releases.map((release) => release.id));
  const unreadable = new Set([...releaseFileIds].filter((id) => !loadedIds.has(id)));
  check(() => checkKpiRules({ ...loaded, releaseFileIds, stats: releases.flatMap(findStatUses), dataComplete: kpi.complete, asOf }));
  // Attachments (files, sizes, types), tags that must work as URLs, the press page.
  for (const release of releases) problems.push(...(guard(release.file, problems, () => [...attachmentProblems(contentDir, release), ...tagProblems(release)]) ?? []));
  check(() => strayAttachmentProblems(contentDir, releases));
  // Tags come from one list (content/tags.yaml).
  check(() => {
    const found: Problem[] = [];
    tagVocabularyCheck(contentDir, releases, found);
    return found;
  });
  // The search synonyms feed the index, which the build writes last: checked here, like every file.
  loadOptionalDataFile(path.join(contentDir, 'search-synonyms.yaml'), searchSynonymsSchema, problems, {});
  const press = guard(folder, problems, () => loadPress(contentDir, organizations?.data, problems));
  if (press) loaded.press = press;
  // Published text stays put: the committed record, withdrawals and redirects (issue 6).
  check(() => permanenceProblems(contentDir, releases, asOf, unreadable));
  return loaded;
}

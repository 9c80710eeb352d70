/**
 * The policy pages, `content/pages/<slug>.md`: plain Markdown with a frontmatter, read, checked
 * and rendered like release bodies (the same safe subset; raw HTML refused; links checked), so a
 * policy page is content too, never markup. `validate`, the content gate and the pages loader read here.
 */
import { problemText } from '../i18n/index.ts';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { paths } from '../foundation/urls.ts';
import path from 'node:path';
import type { Root } from 'hast';
import type { Located } from '../foundation/located.ts';
import { FILE_FIELD, type Problem } from '../foundation/problems.ts';
import { problemsFromZod } from '../foundation/zod-problems.ts';
import { POLICY_SLUGS } from '../domain/policies.ts';
import { pageLinkTarget, type LinkContext } from '../rules/body-links.ts';
import { pageSchema, type SitePage } from '../schemas/page.ts';
import { displayPath, guard, readText } from './data-file.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseReleaseBody, releaseBodyProblems } from './release-body.ts';
import { parseYamlSource, readableYaml } from './yaml-source.ts';

export const PAGES_DIR = 'pages';

export interface LoadedPage extends Located<SitePage> {
  slug: string;
  body: string;
  /** The line of the file where the body starts. */
  bodyLine: number;
  tree: Root | undefined;
}

function readPage(absolute: string, slug: string, problems: Problem[]): LoadedPage | undefined {
  const file = displayPath(absolute);
  if (!(POLICY_SLUGS as readonly string[]).includes(slug)) {
    problems.push({ file, field: FILE_FIELD, severity: 'error', ...problemText('pages.unknown', { names: POLICY_SLUGS.map((s) => `${s}.md`).join(', ') }) });
    return undefined;
  }
  const source = readText(absolute, problems);
  if (source === undefined) return undefined;
  const split = splitFrontmatter(source);
  if (!split) {
    problems.push({ file, line: 1, field: FILE_FIELD, severity: 'error',  ...problemText('pages.missingFrontmatter') });
    return undefined;
  }
  const parsed = parseYamlSource(split.frontmatter, file, 2);
  problems.push(...parsed.problems);
  // With syntax errors, the file's other problems are still reported from what could be read.
  const readable = readableYaml(parsed);
  const result = readable && pageSchema.safeParse(readable.value ?? {}, { reportInput: true });
  if (readable && result && !result.success) problems.push(...problemsFromZod(result.error.issues.filter((issue) => readable.keep(issue.path)), file, readable.locate));
  const body = parseReleaseBody(split.body, file, split.bodyLine, 'markdown');
  if (!body.ok) problems.push(body.problem);
  if (!readable?.complete || !result?.success) return undefined;
  return { file, slug, data: result.data, locate: readable.locate, body: split.body, bodyLine: split.bodyLine, tree: body.ok ? body.tree : undefined };
}

/**
 * Every policy page, with its problems. Links are checked when a link context is given, as of
 * `asOf` (a policy page is public from the start); the build's loader leaves that to the gate.
 */
export function readPages(contentDir: string, links?: { context: LinkContext; asOf: Date }): { pages: LoadedPage[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const dir = path.join(contentDir, PAGES_DIR);
  if (!existsSync(dir)) return { pages: [], problems };
  const pages: LoadedPage[] = [];
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    const absolute = path.join(dir, name);
    if (!lstatSync(absolute).isFile()) continue; // links and folders: content-tree.ts
    if (!name.endsWith('.md')) {
      problems.push({ file: displayPath(absolute), field: FILE_FIELD, severity: 'error', ...problemText('pages.notMarkdown', { names: POLICY_SLUGS.map((s) => `${s}.md`).join(', ') }) });
      continue;
    }
    const page = guard(displayPath(absolute), problems, () => readPage(absolute, name.slice(0, -3).normalize('NFC'), problems));
    if (!page) continue;
    pages.push(page);
    const tree = page.tree;
    if (!tree) continue;
    const from = { path: paths.policy(page.slug), instant: links?.asOf.getTime() ?? 0, draft: false };
    const target = links ? pageLinkTarget(from, links.context) : () => undefined;
    problems.push(...(guard(page.file, problems, () => releaseBodyProblems(tree, page.file, page.bodyLine, target)) ?? []));
  }
  return { pages, problems };
}

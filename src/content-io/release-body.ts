/**
 * Parses a release body once with Sätteri (MDX syntax, Astro's Markdown features) into the
 * hast tree that is checked (src/schemas/release-body.ts) and then rendered
 * (src/domain/body-html.ts), with emphasis next to Korean particles, brackets and quotes
 * (src/domain/body-emphasis.ts). Nothing is compiled or evaluated.
 */
import { problemText, t } from '../i18n/index.ts';
import type { Root } from 'hast';
import { markdownToHast, mdxToHast } from 'satteri';
import type { Problem } from '../foundation/problems.ts';
import { checkReleaseBody, type LinkTarget } from '../schemas/release-body.ts';
import { cjkFriendlyEmphasis } from '../domain/body-emphasis.ts';

/** Astro's Markdown defaults, which the MDX pipeline used: GFM and smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * Longest body, in characters: the longest release so far has about 2,500. Parsing time grows
 * faster than the length on some inputs (a paragraph of 24,000 characters of `"**가` takes
 * seconds), and bodies are untrusted: a limit keeps one file from stalling every build.
 */
export const MAX_BODY_LENGTH = 20_000;

export type ParsedBody = { ok: true; tree: Root } | { ok: false; problem: Problem };

/**
 * A body as a tree: release files are MDX (`.mdx`: components such as <Stat>), policy pages plain
 * Markdown (`.md`: raw HTML becomes `raw` nodes, which the check refuses).
 */
export function parseReleaseBody(body: string, file: string, firstLine: number, syntax: 'mdx' | 'markdown' = 'mdx'): ParsedBody {
  if (body.length > MAX_BODY_LENGTH) {
    const problem: Problem = { file, line: firstLine, field: t('problem.fieldBody'), severity: 'error', ...problemText('body.tooLong', { length: body.length.toLocaleString('en-US'), max: MAX_BODY_LENGTH.toLocaleString('en-US') }) };
    return { ok: false, problem };
  }
  try {
    const parse = syntax === 'mdx' ? mdxToHast : markdownToHast;
    return { ok: true, tree: cjkFriendlyEmphasis(parse(body, { features: FEATURES }) as Root, body) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const where = /^(\d+):(\d+)/.exec(text);
    // The parser counts lines from the body's first line; the message gives the file's line,
    // in its place and in the parser's own text (`<b>` opened at (14:7) is the file's 26:7).
    const detail = text
      .replace(/^\d+:\d+:\s*/, '')
      .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '')
      .replace(/\((\d+):(\d+)\)/g, (_, line: string, column: string) => `(${Number(line) + firstLine - 1}:${column})`);
    const problem: Problem = { file, field: t('problem.fieldBody'), severity: 'error', ...problemText('body.parse', { detail }) };
    if (where) {
      problem.line = Number(where[1]) + firstLine - 1;
      problem.column = Number(where[2]);
    }
    return { ok: false, problem };
  }
}

export function releaseBodyProblems(tree: Root, file: string, firstLine: number, linkTarget: LinkTarget): Problem[] {
  return checkReleaseBody(tree, linkTarget).map(({ line, column, ...finding }) => {
    const problem: Problem = { file, severity: 'error', ...finding };
    if (line !== undefined) {
      problem.line = line + firstLine - 1;
      if (column !== undefined) problem.column = column;
    }
    return problem;
  });
}

/**
 * npm run bench:emphasis — what the CJK-friendly emphasis pass (src/domain/body-emphasis.ts)
 * costs when bodies are parsed and rendered: Sätteri alone against Sätteri + the pass, over (1) every body of
 * the real content and the fixtures, (2) 1,000 generated releases (scripts/generate-archive.ts,
 * seed 7) and (3) the same 1,000 with emphasis beside a particle in every paragraph
 * (`**「…」**는`), so the pass has work everywhere. Prints times and ratios of one run (the fastest
 * round of each)
 * (docs/decisions.md); a benchmark, never a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { markdownToHast, mdxToHast } from 'satteri';
import { splitFrontmatter } from '../src/content-io/frontmatter.ts';
import { cjkFriendlyEmphasis } from '../src/domain/body-emphasis.ts';
import { renderBodyHtml } from '../src/domain/body-html.ts';

const FEATURES = { gfm: true, smartPunctuation: true } as const;
type Body = { text: string; syntax: 'mdx' | 'markdown' };

function bodiesIn(dir: string): Body[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f) && !/README/i.test(f))
    .flatMap((f) => {
      const split = splitFrontmatter(readFileSync(path.join(dir, f), 'utf8').normalize('NFC'));
      return split ? [{ text: split.body, syntax: f.endsWith('.mdx') ? ('mdx' as const) : ('markdown' as const) }] : [];
    });
}

const OPTIONS = { base: '/', site: 'https://portal.example' };

/**
 * CPU milliseconds (not wall time: the machine is shared) to parse and render every body once, with or without the pass. Rendering is
 * included because Sätteri's tree is read lazily: a pass that reads it first pays for reading it,
 * which the renderer (and the check) otherwise pay.
 */
function time(bodies: Body[], withPass: boolean): number {
  // Garbage of the other way's round is collected before the clock starts (node --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const started = process.cpuUsage();
  for (const { text, syntax } of bodies) {
    const tree = (syntax === 'mdx' ? mdxToHast : markdownToHast)(text, { features: FEATURES }) as Root;
    if (withPass) cjkFriendlyEmphasis(tree, text);
    renderBodyHtml(tree, OPTIONS);
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The fastest of `rounds` alternating rounds each way: the machine is shared, and the fastest round is the least disturbed. */
function report(name: string, bodies: Body[], rounds: number): void {
  let plain = Infinity;
  let pass = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    plain = Math.min(plain, time(bodies, false));
    pass = Math.min(pass, time(bodies, true));
  }
  const per = (ms: number) => (ms / bodies.length).toFixed(3);
  process.stdout.write(`${name}: ${bodies.length} bodies, fastest of ${rounds}: parse + render ${plain.toFixed(0)} ms (${per(plain)} ms a body), with the pass ${pass.toFixed(0)} ms (${per(pass)} ms) — ratio ${(pass / plain).toFixed(2)}\n`);
}

const archive = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-emphasis-'));
try {
  spawnSync(process.execPath, ['scripts/generate-archive.ts', '--count', '1000', '--out', archive], { stdio: 'inherit' });
  const existing = ['content', 'tests/fixtures', 'docs/examples'].flatMap(bodiesIn);
  const generated = bodiesIn(path.join(archive, 'releases'));
  // The first word before a particle in each paragraph, bracketed and bold: `**「제주바이오랩」**는`.
  const emphasised = generated.map(({ text, syntax }) => ({ syntax, text: text.replace(/^(\S+?)(는|은|를|을|와|과) /gmu, '**「$1」**$2 ') }));
  // Warm up every path on every corpus first, so no corpus pays for the JIT.
  for (const corpus of [existing, generated, emphasised]) for (const withPass of [false, true]) time(corpus, withPass);
  report('existing bodies', existing, 15);
  report('1,000 generated', generated, 7);
  report('1,000 generated, emphasis in every paragraph', emphasised, 7);
} finally {
  rmSync(archive, { recursive: true, force: true });
}

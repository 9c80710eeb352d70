/**
 * The dark colour scheme changes colours and nothing else: every declaration inside a
 * `prefers-color-scheme: dark` block of the site's CSS (stylesheets and components' <style>)
 * sets a colour. The browser tests rely on it: they run every axe rule in light and, in dark,
 * only the rules colours decide (tests/browser/pages.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.ts';

const COLOUR_PROPERTIES = new Set(['color', 'background', 'background-color', 'border-color', 'outline-color', 'fill', 'stroke', 'color-scheme', 'accent-color', 'caret-color', 'text-decoration-color']);
const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|var\(--[\w-]+(,\s*[^)]+)?\)|transparent|currentcolor|light|dark|light dark|black|white|canvas|canvastext)$/i;

/** The bodies of the `@media (prefers-color-scheme: dark)` blocks in a CSS text. */
export function darkBlocks(css: string): string[] {
  const blocks: string[] = [];
  const pattern = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g;
  for (let match = pattern.exec(css); match; match = pattern.exec(css)) {
    let depth = 1;
    let index = match.index + match[0].length;
    const start = index;
    for (; index < css.length && depth > 0; index += 1) {
      if (css[index] === '{') depth += 1;
      else if (css[index] === '}') depth -= 1;
    }
    blocks.push(css.slice(start, index - 1));
  }
  return blocks;
}

/** Declarations in a block that set something other than a colour. */
export function nonColourDeclarations(block: string): string[] {
  const declarations = [...block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([\w-]+)\s*:\s*([^;{}]+)\s*(?:;|(?=\}))/g)];
  return declarations
    .map(([, property = '', value = '']) => ({ property: property.toLowerCase(), value: value.trim() }))
    .filter(({ property, value }) => !((property.startsWith('--') || COLOUR_PROPERTIES.has(property)) && COLOUR_VALUE.test(value)))
    .map(({ property, value }) => `${property}: ${value}`);
}

function styleSources(): { file: string; css: string }[] {
  return readdirSync(path.join(REPO_ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(css|astro)$/.test(entry.name))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      const css = file.endsWith('.css') ? text : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      return { file: path.relative(REPO_ROOT, file), css };
    });
}

describe('the dark colour scheme', () => {
  it('sets colours only', () => {
    const blocks = styleSources().flatMap(({ file, css }) => darkBlocks(css).map((block) => ({ file, block })));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.flatMap(({ file, block }) => nonColourDeclarations(block).map((d) => `${file}: ${d}`))).toEqual([]);
  });

  it('is told apart from a block that changes layout', () => {
    const css = ':root { --a: #fff; } @media (prefers-color-scheme: dark) { :root { --bg: #12161c; --grid: rgba(1, 2, 3, 0.1) } .x { color: var(--text); display: none; --gap: 2rem } }';
    const [block = ''] = darkBlocks(css);
    expect(nonColourDeclarations(block)).toEqual(['display: none', '--gap: 2rem']);
  });
});

/**
 * One dictionary (src/i18n/ko.ts) holds every Korean text of the portal's code: a test fails on a
 * key the code asks for that the dictionary lacks, on a key nothing uses, on a Korean string
 * literal outside the dictionary, and on a second dictionary (an English edition) whose keys
 * differ from the Korean one's.
 *
 * Keys are found in the source as quoted literals; keys built from a value (`t(`role.${role}`)`)
 * belong to a family whose values come from the content vocabulary, so the family's keys are
 * exactly the vocabulary's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ko } from '../../src/i18n/ko.ts';
import { NOTICE_STATUSES } from '../../src/domain/notices.ts';
import { POLICY_SLUGS } from '../../src/domain/policies.ts';
import { MEMBERSHIP, ORGANIZATION_ROLES, SECTORS } from '../../src/schemas/organization.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

/** Keys built from a value: the prefix and the vocabulary it is completed with. */
const FAMILIES: Record<string, readonly string[]> = {
  'role.': ORGANIZATION_ROLES,
  'sector.': SECTORS,
  'membership.': MEMBERSHIP,
  'notice.': NOTICE_STATUSES,
  'policy.': POLICY_SLUGS,
};

/**
 * Files whose Korean is linguistic data, not text for readers: how announced figures are written
 * (`42억 원`), particles and endings the search strips, its romanisation. Each is named with why.
 */
const LINGUISTIC = new Map<string, string>([
  ['src/domain/kpi/announced.ts', 'reads figures as releases write them (억, 만, 원, 건)'],
  ['src/domain/search/korean.ts', 'particles and endings the search tokenizer strips'],
  ['src/domain/search/lexicon.ts', 'nouns whose last syllable looks like a particle (경기도, 어린이)'],
  ['src/domain/search/numbers.ts', 'how figures are written (3천만, 억, 월, 차) so any spelling is one term'],
  ['scripts/release-template.ts', 'the new release a staff member fills in: content, not UI'],
  ['scripts/generate-archive.ts', 'synthetic fixture content'],
  ['scripts/generate-kpi-fixture.ts', 'synthetic fixture content'],
  ['scripts/search-bytes.ts', 'benchmark queries'],
  ['scripts/search-eval-page.ts', "waits while the page's status reads 찾는 중"],
  ['scripts/bench.ts', 'benchmark content'],
]);

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
/** A line that states why its Korean literal is not UI text (e.g. the unit content is written in). */
const PRAGMA = 'i18n-ignore:';

function codeFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs|astro)$/.test(entry.name))
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const SOURCES = [...codeFiles('src'), ...codeFiles('scripts'), 'astro.config.mjs']
  .filter((file) => !file.startsWith('src/i18n/'))
  .map((file) => ({ file, text: readFileSync(path.join(REPO_ROOT, file), 'utf8') }));

/** The Korean string literals of TypeScript `code` (comments are not literals), with their lines. */
export function koreanLiterals(code: string, lineOffset = 0): { line: number; text: string }[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = code.split('\n');
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const text = node.getText(source);
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      if (HANGUL.test(text) && !lines[line]?.includes(PRAGMA)) found.push({ line: line + 1 + lineOffset, text: text.slice(0, 60) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Korean in an .astro file: string literals in its frontmatter and scripts, and anything in its markup. */
export function koreanInAstro(source: string): { line: number; text: string }[] {
  const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const frontmatter = fence?.[1] ?? '';
  const found = koreanLiterals(frontmatter, 1);
  const markupStart = fence ? fence[0].length : 0;
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  // Markup: comments and <style> say nothing to readers; <script> code is checked as code.
  const markup = source.slice(markupStart).replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|<style[\s\S]*?<\/style>/g, (m) => m.replace(/[^\n]/g, ' '));
  for (const script of markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    found.push(...koreanLiterals(script[1] ?? '', lineOf(markupStart + (script.index ?? 0)) - 1));
  }
  const withoutScripts = markup.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (m) => m.replace(/[^\n]/g, ' '));
  withoutScripts.split('\n').forEach((line, index) => {
    if (HANGUL.test(line) && !line.includes(PRAGMA)) found.push({ line: lineOf(markupStart) + index, text: line.trim().slice(0, 60) });
  });
  return found;
}

/** Every quoted literal of the sources that looks like a key. */
function quotedLiterals(texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...text.matchAll(/['"`]([A-Za-z][\w.|-]*)['"`]/g)].map((m) => m[1] ?? '')));
}

/** The keys the code asks for by name: the first argument of t() and problemText(). */
function askedKeys(texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...text.matchAll(/\b(?:t|problemText)\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '')));
}

/** The prefixes of keys the code builds from a value: t(`prefix.${…}`). */
function builtPrefixes(texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...text.matchAll(/\b(?:t|problemText)\(\s*`([\w.-]+\.)\$\{/g)].map((m) => m[1] ?? '')));
}

export function unusedKeys(keys: string[], texts: string[], families: Record<string, readonly string[]>): string[] {
  const literals = quotedLiterals(texts);
  const fromFamilies = new Set(Object.entries(families).flatMap(([prefix, values]) => values.map((value) => `${prefix}${value}`)));
  return keys.filter((key) => !literals.has(key) && !fromFamilies.has(key));
}

const texts = SOURCES.map((s) => s.text);
const keys = Object.keys(ko);

describe('the dictionary', () => {
  it('has every key the code asks for by name', () => {
    const asked = [...askedKeys(texts)];
    expect(asked.length).toBeGreaterThan(300);
    expect(asked.filter((key) => !Object.hasOwn(ko, key))).toEqual([]);
  });

  it('has every key of each family the code builds from a value, and the family list is complete', () => {
    expect([...builtPrefixes(texts)].sort()).toEqual(Object.keys(FAMILIES).sort());
    const missing = Object.entries(FAMILIES).flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`)).filter((key) => !Object.hasOwn(ko, key));
    expect(missing).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    expect(keys.length).toBeGreaterThan(500);
    expect(unusedKeys(keys, texts, FAMILIES)).toEqual([]);
  });

  it('finds an unused key and a family member (so the checks above can fail)', () => {
    const code = ["t('a.used');", 't(`role.${role}`);'];
    expect(unusedKeys(['a.used', 'a.unused', 'role.demand'], code, { 'role.': ['demand'] })).toEqual(['a.unused']);
    expect([...builtPrefixes(code)]).toEqual(['role.']);
    expect([...askedKeys(code)]).toEqual(['a.used']);
  });

  it('has the same keys in every edition (an English one, when added, must be complete)', async () => {
    const editions = readdirSync(path.join(REPO_ROOT, 'src/i18n')).filter((f) => /^[a-z]{2}\.ts$/.test(f));
    expect(editions).toContain('ko.ts');
    for (const file of editions) {
      const module = (await import(path.join(REPO_ROOT, 'src/i18n', file))) as Record<string, Record<string, unknown>>;
      const dictionary = module[file.slice(0, 2)];
      expect(Object.keys(dictionary ?? {}).sort(), file).toEqual([...keys].sort());
    }
  });

  it('gives every message its Korean text, its English text and how to fix it', () => {
    const messages = Object.entries(ko).filter(([, value]) => typeof value !== 'string');
    expect(messages.length).toBeGreaterThan(150);
    const incomplete = messages.filter(([, value]) => {
      const parts = value as Record<string, unknown>;
      return ['ko', 'en', 'fix'].some((part) => typeof parts[part] !== 'string' || (parts[part] as string).trim() === '');
    });
    expect(incomplete.map(([key]) => key)).toEqual([]);
  });
});

describe('Korean text outside the dictionary', () => {
  it('is in no page, component, module or script (only linguistic data, each file named with why)', () => {
    const found = SOURCES.filter(({ file }) => !LINGUISTIC.has(file)).flatMap(({ file, text }) =>
      (file.endsWith('.astro') ? koreanInAstro(text) : koreanLiterals(text)).map((hit) => `${file}:${hit.line} ${hit.text}`),
    );
    expect(SOURCES.length).toBeGreaterThan(150);
    expect(found).toEqual([]);
  });

  it('every allow-listed file exists and still holds Korean', () => {
    const present = new Map(SOURCES.map((s) => [s.file, s.text]));
    expect([...LINGUISTIC.keys()].filter((file) => !HANGUL.test(present.get(file) ?? ''))).toEqual([]);
  });

  it('is found in literals, template strings and markup, not in comments', () => {
    expect(koreanLiterals("const a = '홈';\n// 홈\n/** 홈 */\nconst b = `${x}건`;\n").map((h) => h.line)).toEqual([1, 4]);
    expect(koreanLiterals("const u = '백만원'; // i18n-ignore: the unit content is written in\n")).toEqual([]);
    const astro = "---\n// 설명\nconst x = '제목';\n---\n<!-- 주석 -->\n<p>본문</p>\n<a title=\"링크\">{t('k')}</a>\n<script>\nconst y = '스크립트';\n</script>\n";
    expect(koreanInAstro(astro).map((h) => h.line)).toEqual([3, 9, 6, 7]);
  });
});

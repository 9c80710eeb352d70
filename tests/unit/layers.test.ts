/**
 * The layers of src/ hold (docs/architecture.md): dependency-cruiser checks every TypeScript module
 * against .dependency-cruiser.cjs (no cycles, no import against the layers), and the same test
 * reads the imports of every .astro file and page, which dependency-cruiser cannot parse: pages,
 * components and layouts read content only through the one data module, so a KPI figure reaches a
 * page by one route (content file → collection → site-data.ts snapshot → page).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { buildRoot, REPO_ROOT } from '../helpers/paths.ts';

const require = createRequire(import.meta.url);
const config = require(path.join(REPO_ROOT, '.dependency-cruiser.cjs')) as { forbidden: unknown[]; bundleRules: unknown[]; options: Record<string, unknown> };

/** The layer rules over every import (types too), and the bundle rules over the imports as compiled (type-only ones erased). */
async function violations(baseDir: string): Promise<{ cruised: number; found: string[] }> {
  const { tsConfig: _tsConfig, ...options } = config.options;
  const run = async (forbidden: unknown[], tsPreCompilationDeps: boolean) => {
    const result = await cruise(['src'], { ...options, tsPreCompilationDeps, ...(baseDir === REPO_ROOT ? { tsConfig: _tsConfig } : {}), validate: true, ruleSet: { forbidden }, baseDir } as never);
    return result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number } };
  };
  const [layers, bundles] = await Promise.all([run(config.forbidden, true), run(config.bundleRules, false)]);
  const found = [...layers.summary.violations, ...bundles.summary.violations].map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  return { cruised: layers.summary.totalCruised, found };
}

describe('dependency-cruiser', () => {
  it('finds no cycle and no import against the layers in src/', async () => {
    const { cruised, found } = await violations(REPO_ROOT);
    expect(cruised).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
  it('reports a schema importing the domain, a cycle, and browser code reaching the dictionary', async () => {
    const dir = mkdtempSync(path.join(buildRoot(), 'layers-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write('src/schemas/a.ts', "import { b } from '../domain/b.ts';\nexport const a = b;\n");
    write('src/domain/b.ts', "export const b = 1;\n");
    write('src/domain/c.ts', "import { d } from './d.ts';\nexport const c = d;\n");
    write('src/domain/d.ts', "import { c } from './c.ts';\nexport const d = () => c;\n");
    write('src/scripts/page.ts', "import { f } from '../foundation/f.ts';\nexport const p = f;\n");
    write('src/foundation/f.ts', "import { ko } from '../i18n/ko.ts';\nexport const f = ko;\n");
    write('src/i18n/ko.ts', "export const ko = {};\n");
    // A type named from the dictionary is erased from the bundle: not a violation.
    write('src/scripts/typed.ts', "import type { ko } from '../i18n/ko.ts';\nexport const k: keyof typeof ko | undefined = undefined;\n");
    const { found } = await violations(dir);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^layer-schemas: src\/schemas\/a\.ts → src\/domain\/b\.ts$/),
        expect.stringMatching(/^no-cycles: src\/domain\/c\.ts → src\/domain\/d\.ts$/),
        expect.stringMatching(/^browser-without-dictionary: src\/scripts\/page\.ts → src\/i18n\/ko\.ts$/),
      ]),
    );
    expect(found.filter((v) => v.includes('src/scripts/typed.ts'))).toEqual([]);
  });
});

/** The module specifiers a page, component or layout imports (frontmatter and <script> blocks). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*import\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

/** What a top-layer file may not import: content is read through src/content-io/site-data.ts only. */
export function forbiddenImport(file: string, specifier: string): string | undefined {
  if (specifier === 'astro:content') return 'reads collections directly (use siteData())';
  if (!specifier.startsWith('.')) return undefined;
  const target = path.relative(REPO_ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
  if (target.startsWith('src/rules/')) return 'uses the cross-file rules (they run in the content gate)';
  if (target.startsWith('src/content-io/') && target !== 'src/content-io/site-data.ts') return 'reads content files itself (use siteData())';
  if (target === 'src/domain/kpi/snapshot.ts') return 'computes KPI figures itself (read siteData().snapshot)';
  return undefined;
}

function topLayerFiles(): string[] {
  const roots = ['src/pages', 'src/components', 'src/layouts'];
  return roots.flatMap((root) =>
    readdirSync(path.join(REPO_ROOT, root), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(astro|ts)$/.test(f))
      .map((f) => path.join(REPO_ROOT, root, f)),
  );
}

describe('pages, components and layouts', () => {
  const files = topLayerFiles();
  it('are many, and their imports are read', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf("---\nimport A from './a.astro';\nimport { b } from '../b.ts';\nimport type { C } from 'c';\n---")).toEqual(['./a.astro', '../b.ts', 'c']);
  });
  it('read content and KPI figures only through the data module', () => {
    const violations = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .map((specifier) => [specifier, forbiddenImport(file, specifier)] as const)
        .filter(([, why]) => why !== undefined)
        .map(([specifier, why]) => `${path.relative(REPO_ROOT, file)} imports ${specifier}: ${why}`),
    );
    expect(violations).toEqual([]);
  });
  it('a page computing KPI figures another way is caught', () => {
    const page = path.join(REPO_ROOT, 'src/pages/kpi/budget.astro');
    expect(forbiddenImport(page, '../../domain/kpi/snapshot.ts')).toMatch(/KPI figures/);
    expect(forbiddenImport(page, '../../content-io/kpi-files.ts')).toMatch(/content files/);
    expect(forbiddenImport(page, 'astro:content')).toMatch(/collections/);
    expect(forbiddenImport(page, '../../content-io/site-data.ts')).toBeUndefined();
  });
});

/**
 * After `astro build`: writes the search index into `<outDir>/pagefind/` from the built HTML
 * (Pagefind's Node API plus the portal's Korean terms; docs/search.md).
 * Reads the same environment as the build: PORTAL_OUT_DIR and PORTAL_CONTENT_DIR (result URLs
 * get the base path from pagefind.js itself, which knows where it is served from).
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { buildSearchIndex, closePagefind, readLanguage } from '../src/integrations/pagefind-index.ts';

const env = process.env;
const siteDir = path.resolve(env['PORTAL_OUT_DIR'] || 'dist');
const contentDir = path.resolve(env['PORTAL_CONTENT_DIR'] || 'content');

async function main(): Promise<void> {
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(`${siteDir}에 빌드된 사이트가 없습니다 (no built site) → 먼저 astro build를 실행하세요`);
  }
  const started = Date.now();
  const report = await buildSearchIndex({ siteDir, mode: 'portal', language: readLanguage(contentDir) });
  await closePagefind();
  const kb = (report.indexBytes / 1024).toFixed(1);
  process.stdout.write(`검색 색인: ${report.pages}쪽, ${kb} kB → ${path.relative(process.cwd(), report.outputPath) || report.outputPath} (${Date.now() - started} ms)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/**
 * npm run demo [-- --no-serve] [-- --dir FOLDER]
 * Builds and serves (http://localhost:4322) the full synthetic fixture — the seeded KPI year of
 * tests/fixtures/kpi-synthetic (scripts/generate-kpi-fixture.ts) layered with the search corpus
 * and the base fixture, as the tests compose it (tests/helpers/full-fixture.ts) — so a newcomer
 * sees every page with data. Every page carries a banner saying the figures are synthetic
 * (PORTAL_DEMO=1, src/components/DemoBanner.astro). Its content, output and cache live in
 * .demo/ (or FOLDER), never in content/ or dist/. As-of: PORTAL_AS_OF, else the fixture's day.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_AS_OF, fullContent } from '../tests/helpers/full-fixture.ts';
import { t } from '../src/i18n/index.ts';

export const DEMO_PORT = 4322;

const { values } = parseArgs({ options: { 'no-serve': { type: 'boolean', default: false }, dir: { type: 'string', default: '.demo' } } });
const root = path.resolve(values.dir);
const content = path.join(root, 'content');
// The folder is emptied and refilled each run, so only a folder the demo made (its mark) or a new
// one is used: `--dir .` must never delete the real content/.
const MARK = path.join(root, '.portal-demo');
if (existsSync(root) && readdirSync(root).length > 0 && !existsSync(MARK)) {
  process.stderr.write(`${t('cli.demoFolderTaken', { dir: path.relative(process.cwd(), root) || '.' })}\n`);
  process.exit(1);
}
mkdirSync(root, { recursive: true });
writeFileSync(MARK, '');
// The fixture is composed afresh each time, so the demo always shows the committed fixtures.
rmSync(content, { recursive: true, force: true });
await fullContent(content);

const astro = path.resolve('node_modules/.bin/astro');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_DEMO: '1',
  PORTAL_CONTENT_DIR: content,
  PORTAL_AS_OF: process.env['PORTAL_AS_OF'] || FULL_AS_OF,
  PORTAL_SITE: `http://localhost:${DEMO_PORT}`,
  PORTAL_BASE: '/',
  PORTAL_OUT_DIR: path.join(root, 'dist'),
  PORTAL_CACHE_DIR: path.join(root, 'cache'),
};
const build = spawnSync(astro, ['build'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (!values['no-serve']) {
  const server = spawn(astro, ['preview', '--port', String(DEMO_PORT)], { env, stdio: 'inherit' });
  server.on('exit', (code) => process.exit(code ?? 0));
}

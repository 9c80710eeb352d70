/**
 * npm run bench:share [-- --count 200] — what the share images (issue 14) cost: renders `count`
 * release cards (titles of the full fixture's releases, numbered so each is new) without the
 * cache, and prints CPU and wall time per image, the one-time font load, bytes per image, the
 * process's peak memory, and what 10,000 releases would cost on a cold cache. CPU time is the
 * figure to compare: on a shared machine the wall time says more about the neighbours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderShareImage } from '../src/build/share-image.ts';
import type { ShareCard } from '../src/domain/share-card.ts';
import { CATEGORIES } from '../src/schemas/release.ts';
import { formatDay } from '../src/foundation/format.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100' } } });
const count = Number(values.count);
const root = path.resolve(import.meta.dirname, '..');
const titles = ['tests/fixtures/search-corpus/releases', 'tests/fixtures/search-unseen/releases']
  .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => path.join(root, dir, f)))
  .map((file) => /^title:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '')
  .filter(Boolean);
const categories = Object.values(CATEGORIES);
const site = /^\s+ko:\s*(.+)$/m.exec(readFileSync(path.join(root, 'content/programme.yaml'), 'utf8'))?.[1] ?? '';
const card = (i: number): ShareCard => ({
  eyebrow: categories[i % categories.length] ?? '',
  title: `${titles[i % titles.length]} (${i + 1})`,
  line: formatDay(`2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
  site,
  address: `portal.example/releases/2026-01-01-release-${i + 1}/`,
});

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let c = cpu();
let w = performance.now();
const first = await renderShareImage(card(0));
const once = { cpu: cpu() - c, wall: performance.now() - w };
c = cpu();
w = performance.now();
let bytes = first.length;
for (let i = 1; i < count; i++) bytes += (await renderShareImage(card(i))).length;
const n = Math.max(1, count - 1);
const per = { cpu: (cpu() - c) / n, wall: (performance.now() - w) / n };
const rss = process.resourceUsage().maxRSS / 1024;
const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(34)} ${value}\n`);
line('images', String(count));
line('first image (fonts loaded), CPU', `${(once.cpu / 1000).toFixed(2)} s (wall ${(once.wall / 1000).toFixed(2)} s)`);
line('each further image, CPU', `${per.cpu.toFixed(0)} ms (wall ${per.wall.toFixed(0)} ms)`);
line('bytes per image', `${(bytes / count / 1024).toFixed(1)} kB`);
line('peak memory of the process', `${rss.toFixed(0)} MB`);
line('10,000 releases, cold cache, CPU', `${((once.cpu + per.cpu * 9999) / 1000 / 60).toFixed(1)} min (${((bytes / count) * 10000 / 1024 / 1024).toFixed(0)} MB of PNG)`);

/**
 * Renders a share card (src/domain/share-card.ts) to a 1200×630 PNG at build time: satori lays
 * it out and turns its text into outlines with Noto Sans KR from @fontsource (self-hosted, no
 * font on the machine needed), sharp (Astro's own image library) rasterises the SVG.
 *
 * fontsource splits Korean into ~120 files by unicode-range; all are loaded once per process.
 * The PNG is cached under the build's cache folder (PORTAL_CACHE_DIR) by a hash of everything
 * that makes it (the card's tree, the renderer's version, satori, the font package, sharp and
 * libvips), so a rebuild renders only new or changed cards. Same input, same bytes: no time or
 * randomness goes in (tests/unit/share-image.test.ts, tests/build/share-and-find.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cardTree, SHARE_IMAGE, type ShareCard } from '../domain/share-card.ts';

/** Bump when the drawing changes in a way the card's tree does not show. */
const RENDERER_VERSION = 1;
const WEIGHTS = [400, 700] as const satisfies readonly (400 | 700)[];

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@fontsource/noto-sans-kr/package.json'));
/** A package's version, from the package.json above its entry point (some export no ./package.json). */
function versionOf(pkg: string): string {
  for (let dir = path.dirname(require.resolve(pkg)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const meta = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : {};
    if (meta.name === pkg && meta.version) return meta.version;
    if (path.dirname(dir) === dir) throw new Error(`${pkg}: no package.json found`);
  }
}
const VERSIONS = [
  `renderer ${RENDERER_VERSION}`,
  `satori ${versionOf('satori')}`,
  `noto-sans-kr ${versionOf('@fontsource/noto-sans-kr')}`,
  `sharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`,
].join('|');

/**
 * Every subset of both weights, in one array made once per process: satori parses a font list
 * once and keeps it for as long as it is given the same array (measured: about 2 s of CPU once,
 * then a third less per image than choosing each card's subsets; docs/share-images.md).
 * Each subset its own name, since satori keeps one font per name and weight and falls back across names.
 * The array lives on globalThis, not in this module: a process that builds more than once (`astro
 * dev` after an edit, the tests' warm build process) loads this module again with every build,
 * and satori, loaded once, would parse the same fonts again for a new array.
 */
type Fonts = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
const FONTS = Symbol.for(`portal.shareImageFonts ${VERSIONS}`);
function allFonts(): Fonts {
  const global = globalThis as unknown as Record<symbol, Fonts | undefined>;
  const loaded = global[FONTS];
  if (loaded) return loaded;
  const subsets = Object.keys(JSON.parse(readFileSync(path.join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>)
    .map((key) => key.replace(/^\[(\d+)\]$/, '$1'))
    // Latin first (digits, punctuation, the address); Cyrillic and Vietnamese are never drawn.
    .filter((name) => /^\d+$/.test(name) || name === 'latin')
    .sort((a, b) => (a === 'latin' ? -1 : b === 'latin' ? 1 : Number(a) - Number(b)));
  const fonts = subsets.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: subset === 'latin' ? 'Noto Sans KR' : `Noto Sans KR ${subset}`,
      data: readFileSync(path.join(fontDir, 'files', `noto-sans-kr-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  global[FONTS] = fonts;
  return fonts;
}

export interface ShareImageStats {
  rendered: number;
  cached: number;
  ms: number;
}
/** What this process rendered and found in the cache, and the time both took (tests read it). */
export const shareImageStats: ShareImageStats = { rendered: 0, cached: 0, ms: 0 };

/** The card's PNG, without the cache. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  // satori's types want a React element; a plain { type, props } tree is what it reads.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, fonts: allFonts() });
  // 16 colours, no dithering, least effort: the card is flat colour and text. Quantising harder
  // cost 4× the time for a file a quarter larger (measured: docs/share-images.md).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0 }).toBuffer();
}

/** The cache key: everything that makes the image. */
export function shareImageKey(card: ShareCard): string {
  return createHash('sha256').update(VERSIONS).update('\0').update(JSON.stringify(cardTree(card))).digest('hex');
}

/** The card's PNG: from the cache folder when an identical card was rendered before, else rendered and stored. */
export async function shareImage(card: ShareCard, cacheDir: string): Promise<Buffer> {
  const started = performance.now();
  const dir = path.join(cacheDir, 'share-images');
  const file = path.join(dir, `${shareImageKey(card)}.png`);
  if (existsSync(file)) {
    shareImageStats.cached += 1;
    const cached = readFileSync(file);
    shareImageStats.ms += performance.now() - started;
    return cached;
  }
  const png = await renderShareImage(card);
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: a build stopped half-way leaves no broken file in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  shareImageStats.rendered += 1;
  shareImageStats.ms += performance.now() - started;
  return png;
}

/**
 * node scripts/og-image.ts — writes public/og-default.png, the 1200×630 share image
 * that link previews (KakaoTalk, Facebook, X) show for a page without its own (releases, KPI
 * pages and /report/ get theirs from the build: src/build/share-image.ts, docs/share-images.md). Drawn from the SVG
 * below with sharp (Astro's own image dependency). Text only from content/programme.yaml
 * (the programme's and the operator's names): nothing the sources do not back.
 * Needs a Korean font on the machine (Nanum: `apt-get install fonts-nanum`); the PNG
 * is committed, so the build never runs this.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const programme = parse(readFileSync(path.join(root, 'content/programme.yaml'), 'utf8')) as { name: { ko: string; en: string } };
const organizations = parse(readFileSync(path.join(root, 'content/organizations.yaml'), 'utf8')) as { id: string; name: string }[];
const operator = organizations.find((o) => o.id === 'jeju-technopark')?.name ?? '';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const font = "NanumSquare, 'NanumSquareRound', NanumGothic, 'Noto Sans CJK KR', sans-serif";

// The portal's colours (src/styles/tokens.css): primary blue, accent as a band.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#0b4a8b"/>
  <rect y="560" width="1200" height="70" fill="#083a6e"/>
  <rect x="96" y="150" width="120" height="120" rx="24" fill="#ffffff"/>
  <text x="156" y="232" font-family="${font}" font-size="60" font-weight="800" fill="#0b4a8b" text-anchor="middle">AI</text>
  <text x="96" y="400" font-family="${font}" font-size="104" font-weight="800" fill="#ffffff">${escape(programme.name.ko)}</text>
  <text x="100" y="470" font-family="${font}" font-size="40" fill="#d6e4f5">${escape(programme.name.en)}</text>
  <text x="100" y="606" font-family="${font}" font-size="32" fill="#ffffff">${escape(operator)}</text>
</svg>`;

const target = path.join(root, 'public/og-default.png');
await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(target);
const meta = await sharp(target).metadata();
process.stdout.write(`${path.relative(process.cwd(), target)}: ${meta.width}×${meta.height}\n`);

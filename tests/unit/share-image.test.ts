/**
 * The share images (issue 14, src/build/share-image.ts): a card renders to a 1200×630 PNG that
 * is not one flat colour, the same card to the same bytes (a rebuild changes nothing), another
 * title to other bytes, and a second render of a card comes from the cache folder.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderShareImage, shareImage, shareImageKey, shareImageStats } from '../../src/build/share-image.ts';
import { SHARE_IMAGE, type ShareCard } from '../../src/domain/share-card.ts';

const card: ShareCard = {
  eyebrow: '보도자료',
  title: '제주 AI 사업단, 수요기업과 공급기업을 잇는 첫 매칭데이 열어',
  line: '2026년 3월 2일',
  site: '제주 AI 사업단',
  address: 'portal.example/releases/2026-03-02-matching-day/',
};
const cache = mkdtempSync(path.join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('share images', () => {
  it('renders a 1200×630 PNG with more than one colour, the same bytes each time', async () => {
    const first = await renderShareImage(card);
    const again = await renderShareImage({ ...card });
    expect(Buffer.compare(first, again)).toBe(0);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', SHARE_IMAGE.width, SHARE_IMAGE.height]);
    const stats = await sharp(first).stats();
    // Text on the blue card: the channels vary well beyond a flat fill.
    expect(Math.max(...stats.channels.map((c) => c.stdev))).toBeGreaterThan(20);
  }, 60_000);

  it('draws the title: another title gives other pixels and another cache key', async () => {
    const other = { ...card, title: '제주 AI 사업단, 2차 수요기업 모집' };
    const [a, b] = await Promise.all([renderShareImage(card), renderShareImage(other)]);
    const [ra, rb] = await Promise.all([sharp(a).raw().toBuffer(), sharp(b).raw().toBuffer()]);
    expect(ra.equals(rb)).toBe(false);
    expect(shareImageKey(other)).not.toBe(shareImageKey(card));
    expect(shareImageKey({ ...card })).toBe(shareImageKey(card));
  }, 60_000);

  it('renders a card once: the second time it comes from the cache folder, byte for byte', async () => {
    const before = { ...shareImageStats };
    const first = await shareImage(card, cache);
    const second = await shareImage(card, cache);
    expect(shareImageStats.rendered - before.rendered).toBe(1);
    expect(shareImageStats.cached - before.cached).toBe(1);
    expect(Buffer.compare(first, second)).toBe(0);
    expect(readdirSync(path.join(cache, 'share-images'))).toEqual([`${shareImageKey(card)}.png`]);
  }, 60_000);
});

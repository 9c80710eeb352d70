import { describe, expect, it } from 'vitest';
import { kstMidnight, parseKstTime } from '../../src/foundation/kst.ts';
import {
  groupByMonth,
  isPublic,
  neighbours,
  paginate,
  publicReleases,
  sortNewestFirst,
  type ReleaseLike,
} from '../../src/domain/releases.ts';

function release(id: string, time: string, draft = false): ReleaseLike {
  const date = parseKstTime(time);
  if (!date) throw new Error(`bad time ${time}`);
  return { id, data: { date, draft } };
}

const ids = (list: readonly ReleaseLike[]) => list.map((r) => r.id);

describe('isPublic', () => {
  const asOf = kstMidnight(2026, 3, 1);
  it('hides drafts', () => {
    expect(isPublic(release('2026-01-05-a', '2026-01-05', true), asOf)).toBe(false);
    expect(isPublic(release('2026-01-05-a', '2026-01-05'), asOf)).toBe(true);
  });
  it('hides releases dated after the as-of time, and shows one dated exactly at it', () => {
    expect(isPublic(release('2026-03-01-a', '2026-03-01T00:00:01+09:00'), asOf)).toBe(false);
    expect(isPublic(release('2026-03-01-b', '2026-03-01'), asOf)).toBe(true);
    expect(isPublic(release('2026-02-28-c', '2026-02-28T23:59:59+09:00'), asOf)).toBe(true);
  });
});

describe('sortNewestFirst', () => {
  it('orders by instant, newest first, and breaks ties by id descending', () => {
    const list = [
      release('2025-12-17-b', '2025-12-17'),
      release('2026-01-02-x', '2026-01-02T09:00:00+09:00'),
      release('2025-12-17-a', '2025-12-17'),
      release('2025-12-17-c', '2025-12-17'),
      release('2026-01-02-y', '2026-01-02T08:00:00+09:00'),
    ];
    expect(ids(sortNewestFirst(list))).toEqual(['2026-01-02-x', '2026-01-02-y', '2025-12-17-c', '2025-12-17-b', '2025-12-17-a']);
    // Same result whatever the input order.
    expect(ids(sortNewestFirst([...list].reverse()))).toEqual(ids(sortNewestFirst(list)));
  });
  it('orders releases of the same instant by dayOrder (the later one newer), before the id', () => {
    const launch = { ...release('2025-12-17-jeju-ai-group-launch', '2025-12-17'), data: { ...release('x', '2025-12-17').data, dayOrder: 1 } };
    const matching = { ...release('2025-12-17-ai-matching-day', '2025-12-17'), data: { ...release('x', '2025-12-17').data, dayOrder: 2 } };
    // By id alone the launch (j > a) would be listed as the newer one.
    expect(ids(sortNewestFirst([launch, { ...matching, data: { ...matching.data, dayOrder: undefined } }]))).toEqual(['2025-12-17-jeju-ai-group-launch', '2025-12-17-ai-matching-day']);
    expect(ids(sortNewestFirst([launch, matching]))).toEqual(['2025-12-17-ai-matching-day', '2025-12-17-jeju-ai-group-launch']);
    expect(ids(sortNewestFirst([matching, launch]))).toEqual(['2025-12-17-ai-matching-day', '2025-12-17-jeju-ai-group-launch']);
    // An earlier instant stays older whatever its dayOrder.
    const later = release('2025-12-18-z', '2025-12-18');
    expect(ids(sortNewestFirst([{ ...launch, data: { ...launch.data, dayOrder: 99 } }, later]))[0]).toBe('2025-12-18-z');
  });
  it('does not change its input', () => {
    const list = [release('2025-12-17-a', '2025-12-17'), release('2026-01-01-b', '2026-01-01')];
    sortNewestFirst(list);
    expect(ids(list)).toEqual(['2025-12-17-a', '2026-01-01-b']);
  });
});

describe('publicReleases', () => {
  it('filters then sorts', () => {
    const list = [
      release('2025-12-17-a', '2025-12-17'),
      release('2026-05-01-later', '2026-05-01'),
      release('2026-01-01-draft', '2026-01-01', true),
      release('2026-02-01-b', '2026-02-01'),
    ];
    expect(ids(publicReleases(list, kstMidnight(2026, 3, 1)))).toEqual(['2026-02-01-b', '2025-12-17-a']);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it('makes pages of 20 by default', () => {
    const pages = paginate(items);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.totalPages === 3 && p.totalItems === 45)).toBe(true);
    expect(pages[1]?.items[0]).toBe(20);
  });
  it('makes exactly full pages without an empty tail', () => {
    expect(paginate(Array.from({ length: 40 }, (_, i) => i)).length).toBe(2);
  });
  it('gives one empty page for no items', () => {
    expect(paginate([])).toEqual([{ page: 1, totalPages: 1, totalItems: 0, items: [] }]);
  });
  it('rejects a bad page size', () => {
    expect(() => paginate(items, 0)).toThrow();
  });
});

describe('groupByMonth', () => {
  it('groups by the KST month, not the UTC one', () => {
    // 2026-01-01 00:30 KST is still 2025-12-31 in UTC.
    const list = sortNewestFirst([
      release('2026-01-01-new-year', '2026-01-01T00:30:00+09:00'),
      release('2025-12-31-eve', '2025-12-31'),
      release('2025-12-17-a', '2025-12-17'),
      release('2026-02-03-b', '2026-02-03'),
    ]);
    const groups = groupByMonth(list);
    expect(groups.map((g) => [g.year, g.month, ids(g.items)])).toEqual([
      [2026, 2, ['2026-02-03-b']],
      [2026, 1, ['2026-01-01-new-year']],
      [2025, 12, ['2025-12-31-eve', '2025-12-17-a']],
    ]);
  });
  it('returns no groups for no items', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = sortNewestFirst([
    release('2025-12-17-a', '2025-12-17'),
    release('2026-01-01-b', '2026-01-01'),
    release('2026-02-01-c', '2026-02-01'),
  ]);
  it('gives the older release as previous and the newer as next', () => {
    const n = neighbours(list, '2026-01-01-b');
    expect(n.previous?.id).toBe('2025-12-17-a');
    expect(n.next?.id).toBe('2026-02-01-c');
  });
  it('has no next for the newest and no previous for the oldest', () => {
    expect(neighbours(list, '2026-02-01-c').next).toBeUndefined();
    expect(neighbours(list, '2025-12-17-a').previous).toBeUndefined();
  });
  it('has neither for an unknown id', () => {
    expect(neighbours(list, 'nope')).toEqual({ previous: undefined, next: undefined });
  });
});

/**
 * Published text stays put: the content gate (loadContent) holds every release to the
 * committed record. A correction lets text change; a removal needs a withdrawal, a
 * rename a redirect; anything else stops the build with the one message format.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { loadPermanenceFiles, nextRecord } from '../../src/content-io/permanence.ts';
import { parseKstTime } from '../../src/foundation/kst.ts';
import { canonicalPart, lastUpdated, textHash } from '../../src/domain/permanence.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { releaseSchema } from '../../src/schemas/release.ts';
import { REAL_CONTENT } from '../helpers/paths.ts';
import { releaseSource } from '../helpers/fixture-content.ts';
import { changeProperly, CORRECTED, FIRST, OLD_NAME, recordedContent, releaseFile, WITHDRAWN, writeRelease } from './permanence.helper.ts';
import { DURING } from '../helpers/instants.ts';

const errors = (dir: string) => loadContent(dir, DURING).problems.filter((p) => p.severity === 'error').map(formatProblem);
const warnings = (dir: string) => loadContent(dir, DURING).problems.filter((p) => p.severity === 'warning').map(formatProblem);
const time = (text: string) => parseKstTime(text)!;

describe('the text hash', () => {
  const base = { title: '제목', summary: '요약', date: time('2026-01-05'), body: '첫 줄\n둘째 줄' };
  it('ignores line wrapping and trailing spaces, not words', () => {
    expect(textHash({ ...base, body: '첫 줄 둘째 줄   \n' })).toBe(textHash(base));
    expect(textHash({ ...base, body: '첫 줄\n셋째 줄' })).not.toBe(textHash(base));
  });
  it('compares the text in NFC and the time as an instant', () => {
    expect(textHash({ ...base, title: '제목'.normalize('NFD') })).toBe(textHash(base));
    expect(canonicalPart({ ...base, date: time('2026-01-05T00:00:00+09:00') }, 'date')).not.toBe(canonicalPart(base, 'date'));
    expect(textHash({ ...base, date: time('2026-01-04T15:00:00Z') })).toBe(textHash({ ...base, date: time('2026-01-05T00:00:00+09:00') }));
  });
});

describe('updated and corrections in the release schema', () => {
  const release = (extra: Record<string, unknown>) =>
    releaseSchema.safeParse({ title: 't', summary: 's', date: '2026-01-05T10:00:00+09:00', category: '보도자료', contacts: [{ name: '제주테크노파크' }], ...extra });

  it('derives updated from the latest correction', () => {
    const parsed = release({ corrections: [{ date: '2026-01-07', note: 'b' }, { date: '2026-01-09T11:00:00+09:00', note: 'c', kind: '수정' }, { date: '2026-01-06', note: 'a' }] });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.corrections.map((c) => c.kind)).toEqual(['correction', 'update', 'correction']);
    expect(lastUpdated(parsed.data)?.instant.toISOString()).toBe('2026-01-09T02:00:00.000Z');
  });

  it('refuses a manual updated earlier than the latest correction, and a correction before the release', () => {
    const early = release({ corrections: [{ date: '2026-01-09', note: 'c' }], updated: '2026-01-08' });
    expect(early.success).toBe(false);
    expect(early.error?.issues.map((i) => i.path.join('.'))).toEqual(['updated']);
    expect(early.error?.issues[0]?.message).toContain('updated가 가장 늦은 정정 기록보다 이릅니다');
    const before = release({ corrections: [{ date: '2026-01-04', note: 'c' }] });
    expect(before.error?.issues.map((i) => i.path.join('.'))).toEqual(['corrections.0.date']);
  });

  it('accepts a later manual updated and uses it', () => {
    const parsed = release({ corrections: [{ date: '2026-01-09', note: 'c' }], updated: '2026-01-10' });
    expect(parsed.success && lastUpdated(parsed.data)?.instant.toISOString()).toBe('2026-01-09T15:00:00.000Z');
  });
});

describe('the permanence check', () => {
  it('passes the real content, whose cached record still matches', () => {
    const loaded = loadContent(REAL_CONTENT, DURING);
    expect(loaded.problems.filter((p) => p.file.includes('published.json') || /permanence|게시 기록/.test(p.en + p.ko))).toEqual([]);
    const files = loadPermanenceFiles(REAL_CONTENT, []);
    const committed = files.record?.data.releases ?? [];
    expect(committed.map((e) => e.id)).toEqual(['2025-12-17-ai-matching-day', '2025-12-17-jeju-ai-group-launch']);
    // Recording again changes nothing (recorded releases stay, with the same hashes).
    expect(nextRecord(committed, loaded.releases, files, DURING).releases).toEqual(committed);
  });

  it('passes a freshly recorded folder and the proper changes (correction, declared move and withdrawal)', () => {
    const dir = recordedContent('perm-ok');
    expect(errors(dir)).toEqual([]);
    changeProperly(dir);
    expect(errors(dir)).toEqual([]);
    // Nothing is due to be run or written: the correction is enough.
    expect(warnings(dir)).toEqual([]);
  });

  it('stops an edit of published text without a new corrections entry', () => {
    const dir = recordedContent('perm-edit');
    writeRelease(dir, { ...CORRECTED, body: '설명회에는 12개 기관이 참석했습니다.' });
    expect(errors(dir)).toEqual([
      expect.stringMatching(
        /releases\/2026\/2026-02-10-corrected\.mdx:\d+ 본문 — 게시된 보도자료의 내용이 바뀌었는데 새 정정 기록이 없습니다 \(바뀐 곳: 본문\) \(published text changed \(body\) without a new corrections entry\) → 바뀐 내용을 되돌리거나, 머리말 corrections에 - date: 정정한 날 \/ note: 무엇을 왜 고쳤는지 를 더하세요$/,
      ),
    ]);
  });

  it('points at the title line when the title changed', () => {
    const dir = recordedContent('perm-title');
    writeRelease(dir, { ...FIRST, title: '바뀐 제목' });
    expect(errors(dir)).toEqual([expect.stringMatching(/2026-01-05-first\.mdx:2:\d+ title — .*\(바뀐 곳: 제목\(title\)\)/)]);
  });

  it('stops a removed release and says how to withdraw it', () => {
    const dir = recordedContent('perm-removed');
    rmSync(releaseFile(dir, WITHDRAWN.id));
    expect(errors(dir)).toEqual([
      expect.stringMatching(/releases\/2026\/2026-04-01-withdrawn\.mdx \(파일\) — 게시된 보도자료 \/releases\/2026-04-01-withdrawn\/의 파일이 없습니다 \(published release \/releases\/2026-04-01-withdrawn\/ has disappeared\) → .*withdrawals\.yaml/),
    ]);
  });

  it('stops a renamed file and names the old address', () => {
    const dir = recordedContent('perm-renamed');
    renameSync(releaseFile(dir, OLD_NAME.id), releaseFile(dir, '2026-03-02-new-name'));
    expect(errors(dir)).toEqual([
      expect.stringMatching(/releases\/2026\/2026-03-02-new-name\.mdx \(파일\) — 게시된 보도자료 \/releases\/2026-03-02-old-name\/의 파일 이름을 바꾸었습니다.*→ 파일 이름을 2026-03-02-old-name\.mdx로 되돌리세요.*redirects\.yaml/),
    ]);
  });

  it('stops a published release turned back into a draft, and removed corrections', () => {
    const dir = recordedContent('perm-draft');
    changeProperly(dir);
    const file = releaseFile(dir, CORRECTED.id);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/corrections:\n(?:  .*\n)+/, 'draft: true\n'));
    const found = errors(dir).join('\n');
    expect(found).toMatch(/draft — 게시된 보도자료를 초안으로 되돌릴 수 없습니다/);
  });

  it('checks the declarations: a withdrawn file still there, an unknown id, a move to nowhere', () => {
    const dir = recordedContent('perm-declarations');
    writeFileSync(path.join(dir, 'withdrawals.yaml'), '- id: 2026-01-05-first\n  date: 2026-02-01\n  reason: 시험\n- id: 2026-01-06-never\n  date: 2026-02-01\n  reason: 시험\n');
    writeFileSync(path.join(dir, 'redirects.yaml'), '- from: 2026-03-02-old-name\n  to: 2026-03-02-nowhere\n  date: 2026-03-05\n');
    const found = errors(dir).join('\n');
    expect(found).toMatch(/withdrawals\.yaml:1:7 0\.id — 철회한 보도자료 '2026-01-05-first'의 파일이 아직 있습니다/);
    expect(found).toMatch(/withdrawals\.yaml:4:7 1\.id — '2026-01-06-never'는 공개된 적이 없는 보도자료입니다 \(git 기록에도 published\.json에도 없습니다\)/);
    expect(found).toMatch(/redirects\.yaml:2:7 0\.to — 옮긴 곳 '2026-03-02-nowhere'에 해당하는 보도자료 파일이 없습니다/);
    expect(found).toMatch(/redirects\.yaml:1:9 0\.from — 옮기기 전 파일 '2026-03-02-old-name\.mdx'가 아직 있습니다/);
  });

  it('leaves a folder without a record alone (test fixtures, a new site)', () => {
    const dir = recordedContent('perm-none');
    rmSync(path.join(dir, 'published.json'));
    writeRelease(dir, { ...FIRST, title: '바뀐 제목' });
    expect(errors(dir)).toEqual([]);
    expect(releaseSource(FIRST)).toContain('첫 보도자료');
  });
});

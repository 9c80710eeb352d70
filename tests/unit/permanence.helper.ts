/**
 * Content folders for the permanence, feed and metadata tests: a first state is
 * recorded (published.json, the cache a folder without git history is held to), then the
 * folder is changed the way staff would (a correction, a rename with a redirect,
 * a withdrawal) or the way they must not.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/content-io/load-content.ts';
import { loadPermanenceFiles, nextRecord, writeRecord } from '../../src/content-io/permanence.ts';
import { releaseSource, writeContent, type ReleaseSpec } from '../helpers/fixture-content.ts';
import { DURING } from '../helpers/instants.ts';

export const RECORDED_AT = new Date('2026-11-27T00:00:00+09:00');

export const FIRST: ReleaseSpec = { id: '2026-01-05-first', date: '2026-01-05T10:00:00+09:00', title: '첫 보도자료' };
export const CORRECTED: ReleaseSpec = {
  id: '2026-02-10-corrected',
  date: '2026-02-10T14:00:00+09:00',
  title: '정정할 보도자료',
  body: '설명회에는 10개 기관이 참석했습니다.',
};
export const OLD_NAME: ReleaseSpec = { id: '2026-03-02-old-name', date: '2026-03-02T09:00:00+09:00', title: '옮길 보도자료' };
export const WITHDRAWN: ReleaseSpec = { id: '2026-04-01-withdrawn', date: '2026-04-01T09:00:00+09:00', title: '철회할 보도자료' };
export const DRAFT: ReleaseSpec = { id: '2026-05-01-draft', date: '2026-05-01T09:00:00+09:00', title: '초안 보도자료', extra: 'draft: true' };
export const SCHEDULED: ReleaseSpec = { id: '2026-12-20-scheduled', date: '2026-12-20T09:00:00+09:00', title: '예약 보도자료' };
export const SAME_DAY: ReleaseSpec = { id: '2026-06-15-afternoon', date: '2026-06-15T15:00:00+09:00', title: '오후 보도자료' };

export const CORRECTION_NOTE = '참석 기관 수를 10개에서 12개로 바로잡았습니다.';

/** A content folder with these releases and the record of what was public at RECORDED_AT. */
export function recordedContent(name: string, releases: ReleaseSpec[] = [FIRST, CORRECTED, OLD_NAME, WITHDRAWN, DRAFT, SCHEDULED, SAME_DAY]): string {
  const dir = writeContent(name, releases);
  const loaded = loadContent(dir, DURING);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`fixture has errors: ${JSON.stringify(errors)}`);
  writeRecord(dir, nextRecord([], loaded.releases, loadPermanenceFiles(dir, []), RECORDED_AT));
  return dir;
}

export function releaseFile(dir: string, id: string): string {
  return path.join(dir, 'releases', id.slice(0, 4), `${id}.mdx`);
}

export function writeRelease(dir: string, spec: ReleaseSpec): void {
  mkdirSync(path.dirname(releaseFile(dir, spec.id)), { recursive: true });
  writeFileSync(releaseFile(dir, spec.id), releaseSource(spec));
}

/** The changes staff make the right way: a correction, a declared move, a declared withdrawal. */
export function changeProperly(dir: string): void {
  writeRelease(dir, {
    ...CORRECTED,
    body: '설명회에는 12개 기관이 참석했습니다.',
    extra: ['corrections:', '  - date: 2026-02-12T09:00:00+09:00', `    note: ${CORRECTION_NOTE}`].join('\n'),
  });
  renameSync(releaseFile(dir, OLD_NAME.id), releaseFile(dir, '2026-03-02-new-name'));
  writeFileSync(path.join(dir, 'redirects.yaml'), ['- from: 2026-03-02-old-name', '  to: 2026-03-02-new-name', '  date: 2026-03-05', '  reason: 주소의 낱말을 고쳤습니다.', ''].join('\n'));
  rmSync(releaseFile(dir, WITHDRAWN.id));
  writeFileSync(path.join(dir, 'withdrawals.yaml'), ['- id: 2026-04-01-withdrawn', '  date: 2026-04-03', '  reason: 사실과 다른 일정이 실려 철회합니다.', ''].join('\n'));
}

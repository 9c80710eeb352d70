/** 접수 예정 / 접수중 / 마감 from an application period and the as-of time (KST). */
import { describe, expect, it } from 'vitest';
import { parseKstTime, type KstTime } from '../../src/foundation/kst.ts';
import { daysLeft, noticeStatus, openNotices } from '../../src/domain/notices.ts';
import { releaseSchema } from '../../src/schemas/release.ts';
import { closesAt, isValidPeriod, type ApplicationPeriod } from '../../src/schemas/application.ts';

const time = (text: string): KstTime => {
  const parsed = parseKstTime(text);
  if (!parsed) throw new Error(text);
  return parsed;
};
const period = (opens: string, closes: string): ApplicationPeriod => ({ opens: time(opens), closes: time(closes) });
const at = (text: string) => time(text).instant;

describe('noticeStatus', () => {
  const timed = period('2026-03-02T09:00:00+09:00', '2026-03-20T18:00:00+09:00');

  it.each([
    ['2026-02-01', 'upcoming'],
    ['2026-03-02T08:59:59+09:00', 'upcoming'],
    ['2026-03-02T09:00:00+09:00', 'open'],
    ['2026-03-10', 'open'],
    ['2026-03-20T17:59:59+09:00', 'open'],
    ['2026-03-20T18:00:00+09:00', 'closed'],
    ['2026-12-31', 'closed'],
  ] as const)('as of %s: %s', (asOf, expected) => {
    expect(noticeStatus(timed, at(asOf))).toBe(expected);
  });

  it('compares instants: 09:00 KST is 00:00 UTC', () => {
    expect(noticeStatus(timed, new Date('2026-03-02T00:00:00Z'))).toBe('open');
    expect(noticeStatus(timed, new Date('2026-03-01T23:59:59Z'))).toBe('upcoming');
  });

  it('takes a bare closing date as the whole of that KST day', () => {
    const days = period('2026-03-02', '2026-03-20');
    expect(closesAt(days).toISOString()).toBe('2026-03-20T15:00:00.000Z');
    expect(noticeStatus(days, at('2026-03-20T23:59:59+09:00'))).toBe('open');
    expect(noticeStatus(days, at('2026-03-21'))).toBe('closed');
    expect(noticeStatus(days, at('2026-03-02'))).toBe('open');
    expect(noticeStatus(days, at('2026-03-01T23:59:59+09:00'))).toBe('upcoming');
  });

  it('counts the days left in KST, 0 on the last day, nothing unless open', () => {
    expect(daysLeft(timed, at('2026-03-18T23:00:00+09:00'))).toBe(2);
    expect(daysLeft(timed, at('2026-03-20T10:00:00+09:00'))).toBe(0);
    expect(daysLeft(period('2026-03-02', '2026-03-20'), at('2026-03-20T12:00:00+09:00'))).toBe(0);
    expect(daysLeft(timed, at('2026-03-01'))).toBeUndefined();
    expect(daysLeft(timed, at('2026-03-21'))).toBeUndefined();
  });

  it('checks that a period closes after it opens', () => {
    expect(isValidPeriod(timed)).toBe(true);
    expect(isValidPeriod(period('2026-03-20', '2026-03-20'))).toBe(true); // one whole day
    expect(isValidPeriod(period('2026-03-20T18:00:00+09:00', '2026-03-20T18:00:00+09:00'))).toBe(false);
    expect(isValidPeriod(period('2026-03-20', '2026-03-19'))).toBe(false);
  });
});

describe('openNotices', () => {
  const entry = (id: string, application?: ApplicationPeriod) => ({ id, data: { application } });
  it('lists notices open now, the one closing first first', () => {
    const list = [
      entry('late', period('2026-03-01', '2026-03-31')),
      entry('none'),
      entry('soon', period('2026-03-01', '2026-03-12')),
      entry('future', period('2026-04-01', '2026-04-30')),
      entry('past', period('2026-02-01', '2026-02-28')),
    ];
    expect(openNotices(list, at('2026-03-10')).map((n) => n.id)).toEqual(['soon', 'late']);
  });
});

describe('the application field of a release', () => {
  const base = {
    title: '참가 기업 모집',
    summary: '요약',
    date: '2026-03-02T09:00:00+09:00',
    contacts: [{ organization: 'jeju-technopark' }],
  };
  const messages = (value: unknown) => {
    const result = releaseSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message.split('\u001F')[0]}`);
  };

  it('is accepted on a notice', () => {
    expect(messages({ ...base, category: '공지', application: { opens: '2026-03-02T09:00:00+09:00', closes: '2026-03-20T18:00:00+09:00', note: '온라인 접수' } })).toEqual([]);
  });

  it('must close after it opens', () => {
    expect(messages({ ...base, category: '공지', application: { opens: '2026-03-20', closes: '2026-03-02' } })).toEqual([
      'application.closes: 접수 마감(closes)이 접수 시작(opens)보다 늦지 않습니다',
    ]);
  });

  it('is only for notices', () => {
    expect(messages({ ...base, category: '보도자료', application: { opens: '2026-03-02', closes: '2026-03-20' } })).toEqual([
      'application: 접수 기간(application)은 공지에만 쓸 수 있습니다',
    ]);
  });
});

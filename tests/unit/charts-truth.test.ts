/**
 * Charts that tell the truth (issue 14 point 5): the as-of marker where the instant falls on the
 * month-end axis, the participants' count carried forward to the list's 기준일, the members by
 * role and sector, and a colour and pattern of its own for each budget source. Pure logic only.
 */
import { describe, expect, it } from 'vitest';
import { asOfPosition } from '../../src/domain/kpi/chart-spec.ts';
import { kpiSnapshot } from '../../src/domain/kpi/snapshot.ts';
import { organizationsListDate } from '../../src/domain/kpi/participants.ts';
import { budgetSourceMarks } from '../../src/domain/budget-source-marks.ts';
import { groupSpec, groupTable, participantsByRole, participantsBySector } from '../../src/domain/kpi/view/participant-groups.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import { day, input, realOrganizations } from './kpi-input.helper.ts';

const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
const NOV = MONTHS.indexOf('2026-11');

describe('asOfPosition: the points are month-end values', () => {
  it('puts 12월 1일 00:00 on the 11월 point, and 12월 1일 noon just after it (not half-way to 12월)', () => {
    expect(asOfPosition(MONTHS, day('2026-12-01'))).toBeCloseTo(NOV, 6);
    const noon = asOfPosition(MONTHS, new Date('2026-12-01T12:00:00+09:00'));
    expect(noon).toBeGreaterThan(NOV);
    expect(noon).toBeCloseTo(NOV + 0.5 / 31, 6);
  });
  it('puts the middle of a month half-way between the previous month\'s point and its own', () => {
    // 2026-11-16 00:00: 15 of November's 30 days have gone.
    expect(asOfPosition(MONTHS, '2026-11-16')).toBeCloseTo(NOV - 0.5, 6);
  });
  it('reads a day as 00:00 KST, whatever the machine\'s zone', () => {
    expect(asOfPosition(MONTHS, '2026-12-01')).toBeCloseTo(asOfPosition(MONTHS, new Date('2026-11-30T15:00:00Z')), 9);
  });
  it('is clamped to the axis ends', () => {
    expect(asOfPosition(MONTHS, '2025-11-20')).toBe(-0.5);
    expect(asOfPosition(MONTHS, '2027-03-01')).toBe(MONTHS.length - 0.5);
    expect(asOfPosition(MONTHS, '2025-12-01')).toBe(-0.5);
  });
});

describe('participants: the count stands until the list\'s 기준일', () => {
  // Three members who joined by 2026-02-03; the list was last dated on 2026-05-20 (a first mention).
  const members: Organization[] = realOrganizations.map((org, i) =>
    i < 3 ? { ...org, membership: { status: 'member', joined: i === 0 ? '2025-12-17' : '2026-02-03', source: 'bizdaily-2025-12-20' } } : i === 3 ? { ...org, firstMentioned: '2026-05-20' } : org,
  );
  it('the list\'s 기준일 is its latest stated day', () => {
    expect(organizationsListDate(members)).toBe('2026-05-20');
  });
  it('carries the last count forward through the 기준일\'s month; ended months after it are 미보고', () => {
    const { participants } = kpiSnapshot(input({ organizations: members }), day('2026-08-10'));
    expect(participants.referenceDate).toBe('2026-05-20');
    expect(participants.series.slice(2, 8)).toEqual([
      { month: '2026-02', state: 'reported', value: 3 },
      { month: '2026-03', state: 'reported', value: 3 },
      { month: '2026-04', state: 'reported', value: 3 },
      { month: '2026-05', state: 'reported', value: 3 },
      { month: '2026-06', state: 'not-reported' },
      { month: '2026-07', state: 'not-reported' },
    ]);
  });
  it('never carries it past today', () => {
    const { participants } = kpiSnapshot(input({ organizations: members }), day('2026-04-10'));
    expect(participants.referenceDate).toBe('2026-04-10');
    expect(participants.series.find((p) => p.month === '2026-05')?.state).toBe('future');
  });
});

describe('participants by role and by sector', () => {
  const members: Organization[] = realOrganizations.map((org) => ({ ...org, membership: { status: 'member', joined: '2025-12-17', source: 'bizdaily-2025-12-20' } }));
  const snapshot = kpiSnapshot(input({ organizations: members }), day('2026-03-01'));
  it('counts every member under each of its roles, and under its one sector', () => {
    const byRole = participantsByRole(snapshot);
    const bySector = participantsBySector(snapshot);
    for (const group of byRole) expect(group.count).toBe(members.filter((m) => m.roles.includes(group.key as never)).length);
    expect(bySector.reduce((a, g) => a + g.count, 0)).toBe(members.length);
    expect(byRole.every((g) => g.count > 0) && bySector.every((g) => g.count > 0)).toBe(true);
  });
  it('the chart and its table show the same numbers', () => {
    const groups = participantsBySector(snapshot);
    expect(groupSpec(groups).series[0]?.values).toEqual(groupTable(groups, 'c', 'h').rows.map((r) => r.cells[0]?.value));
    expect(groupSpec(groups)).toMatchObject({ type: 'bar', horizontal: true });
    expect(groupSpec(groups).asOf).toBeUndefined();
  });
});

describe('budgetSourceMarks', () => {
  it('gives each itemised source a colour and pattern of its own, and what is not itemised grey and hatched', () => {
    const marks = budgetSourceMarks([{ itemised: true }, { itemised: true }, { itemised: true }, { itemised: false }]);
    expect(marks.map((m) => m.colour)).toEqual([1, 2, 3, 0]);
    expect(new Set(marks.slice(0, 3).map((m) => m.pattern)).size).toBe(3);
    expect(new Set(marks.slice(0, 3).map((m) => JSON.stringify(m.line))).size).toBe(3);
    expect(marks[3]?.pattern).toBe('hatch');
  });
  it('keeps the real split (국비 and the rest, not itemised) apart', () => {
    const marks = budgetSourceMarks([{ itemised: true }, { itemised: false }]);
    expect(marks[0]).toMatchObject({ colour: 1, pattern: 'solid' });
    expect(marks[1]).toMatchObject({ colour: 0, pattern: 'hatch' });
  });
});

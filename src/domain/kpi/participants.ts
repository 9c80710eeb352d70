/** The participants KPI: organisations in the programme, reported or joined by month (ParticipantsKpi). Pure. */
import { t } from '../../i18n/index.ts';
import { formatDay, formatNumber } from '../../foundation/format.ts';
import { lastDayOfMonth, monthOfDay } from '../../foundation/month.ts';
import { citation, citations } from '../sources.ts';
import { missing, stateSeries, targetsFor, type Calendar } from './calendar.ts';
import type { Day, KpiInput, Month, ParticipantRow, ParticipantsKpi } from './types.ts';

/**
 * The 기준일 of the organisations list (organizations.yaml, the `organizations` dataset of /data/):
 * the latest day it states, a join or a first mention. The one rule for both the dataset and the
 * participants KPI.
 */
export function organizationsListDate(organizations: KpiInput['organizations']): Day | undefined {
  const days = organizations.flatMap((o) => [o.firstMentioned, ...(o.membership.joined ? [o.membership.joined] : [])]);
  return days.length === 0 ? undefined : days.reduce((a, b) => (a > b ? a : b));
}

export function participantsKpi(input: KpiInput, calendar: Calendar): ParticipantsKpi {
  const { programme } = input;
  const reported = {
    count: programme.membership.reported,
    label: programme.membership.label,
    asOf: programme.membership.asOf,
    source: citation(programme, programme.membership.source),
  };
  const rows: ParticipantRow[] = input.organizations
    .filter((org) => org.membership.status === 'member')
    .map((org) => ({ id: org.id, name: org.name, joined: org.membership.joined ?? org.firstMentioned, roles: [...org.roles], sector: org.sector }))
    .filter((row) => row.joined <= calendar.today)
    .sort((a, b) => a.joined.localeCompare(b.joined) || a.name.localeCompare(b.name, 'ko'));

  if (rows.length === 0) {
    const reportedMonth = monthOfDay(reported.asOf);
    const visible = reported.asOf <= calendar.today && calendar.months.includes(reportedMonth);
    return {
      status: visible ? 'partial' : 'no-data',
      referenceDate: visible ? reported.asOf : undefined,
      referenceMonth: visible ? reportedMonth : undefined,
      source: reported.source,
      sourceIds: [programme.membership.source],
      reading: visible
        ? t('reading.participantsReported', { label: reported.label, date: formatDay(reported.asOf) })
        : t('reading.participantsNone'),
      targets: targetsFor(input, 'participants.'),
      basis: 'reported',
      count: reported.count,
      label: reported.label,
      reported,
      series: calendar.months.map((month) =>
        visible && month === reportedMonth ? { month, state: 'reported', value: reported.count } : { month, state: missing(calendar, month) },
      ),
      rows: [],
    };
  }

  // The member count stands until the list's 기준일 (never before the last join, never after
  // today): the months up to it carry the count forward, ended months after it are 미보고.
  const lastJoined = rows.map((r) => r.joined).reduce((a, b) => (a > b ? a : b));
  const listed = organizationsListDate(input.organizations);
  const referenceDate = listed !== undefined && listed > lastJoined ? (listed < calendar.today ? listed : calendar.today) : lastJoined;
  const referenceMonth = monthOfDay(referenceDate);
  const countBy = (month: Month) => rows.filter((r) => r.joined <= lastDayOfMonth(month)).length;
  const series = stateSeries(calendar, referenceMonth, countBy);
  const ids = [...new Set(input.organizations.filter((o) => o.membership.status === 'member').map((o) => o.membership.source ?? o.source))];
  return {
    status: series.some((p) => p.state === 'not-reported') ? 'partial' : 'complete',
    referenceDate,
    referenceMonth,
    source: citations(programme, ids),
    sourceIds: ids,
    reading: t(calendar.final ? 'reading.participantsCountedFinal' : 'reading.participantsCounted', { count: formatNumber(rows.length), date: formatDay(referenceDate) }),
    targets: targetsFor(input, 'participants.'),
    basis: 'member-list',
    count: rows.length,
    label: t('reading.organizationCount', { count: formatNumber(rows.length) }),
    reported,
    series,
    rows,
  };
}

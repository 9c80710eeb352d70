/**
 * Where the programme's figures stand (issue 12): an interim report while the programme runs,
 * provisional (잠정) figures after its end until staff mark them final (확정) in programme.yaml
 * `results`. The report, the ended notice and the data downloads all read this one state. Pure.
 */
import { t } from '../i18n/index.ts';
import { formatDay } from '../foundation/format.ts';
import type { Results } from '../schemas/results.ts';
import type { ProgrammePhase } from './programme-clock.ts';

export type ResultsKind = 'interim' | 'provisional' | 'final';

export interface ResultsState {
  kind: ResultsKind;
  /** 중간 · 잠정 · 확정 */
  label: string;
  /** One sentence for readers: what the figures are. */
  explanation: string;
  /** The day the figures were confirmed (final only). */
  confirmed: string | undefined;
  note: string | undefined;
  source: string | undefined;
}

export function resultsState(phase: ProgrammePhase, results: Results | undefined, today: string): ResultsState {
  if (phase !== 'ended') {
    return { kind: 'interim', label: t('results.interim'), explanation: t('results.interimExplanation', { date: formatDay(today) }), confirmed: undefined, note: undefined, source: undefined };
  }
  if (results?.status === 'final' && results.date) {
    return {
      kind: 'final',
      label: t('results.final'),
      explanation: t('results.finalExplanation', { date: formatDay(results.date) }),
      confirmed: results.date,
      note: results.note,
      source: results.source,
    };
  }
  return { kind: 'provisional', label: t('results.provisional'), explanation: t('results.provisionalExplanation'), confirmed: undefined, note: results?.note, source: results?.source };
}

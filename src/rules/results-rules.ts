/**
 * Issue 12: the day staff confirmed the programme's figures (programme.yaml `results.date`) is a
 * fact of the public record, so it may not lie after the run's as-of instant: a confirmation
 * committed ahead of its day would show "확정" before it happened. (The schema already holds it
 * after the programme's end.)
 */
import { problemText } from '../i18n/index.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import type { Problem } from '../foundation/problems.ts';
import { kstDay } from '../foundation/kst.ts';
import type { Programme } from '../schemas/programme.ts';

export function resultsProblems(programme: Located<Programme>, asOf: Date): Problem[] {
  const date = programme.data.results?.date;
  const today = kstDay(asOf);
  if (!date || date <= today) return [];
  return [problemAt(programme, ['results', 'date'], problemText('results.dateAfterAsOf', { date, today }))];
}

/**
 * Merges the answers Pagefind gives for each query term (and each of its alternatives)
 * into one ranking: documents with every term first, then those with most of them.
 * Pure: the search page and the evaluation script both call it.
 */
import type { AnalysedQuery } from './korean.ts';

export interface Hit {
  id: string;
  score: number;
}

export interface TermAnswer {
  /** Hits for each alternative of the term, in the order of `term.alternatives`. */
  alternatives: Hit[][];
}

export interface Ranked {
  id: string;
  /** How many of the query's terms the document matched. */
  matched: number;
  score: number;
}

export interface Merged {
  results: Ranked[];
  /** Terms (as typed) that matched no document. */
  unmatched: string[];
}

/** A match through a synonym counts a little less than the word as typed. */
const SYNONYM_WEIGHT = 0.8;
/** A spaced query matching a compound as one word (매칭 데이 → 매칭데이) is a phrase match. */
const JOINED_BONUS = 1.5;

export function mergeAnswers(query: AnalysedQuery, answers: TermAnswer[], joinedAnswers: Hit[][] = []): Merged {
  const perDoc = new Map<string, number[]>();
  const termCount = query.terms.length;
  const note = (id: string, term: number, score: number) => {
    let scores = perDoc.get(id);
    if (!scores) {
      scores = new Array<number>(termCount).fill(0);
      perDoc.set(id, scores);
    }
    scores[term] = Math.max(scores[term] ?? 0, score);
  };
  const matchedTerm = new Array<boolean>(termCount).fill(false);
  query.terms.forEach((term, t) => {
    const answer = answers[t];
    if (!answer) return;
    answer.alternatives.forEach((hits, a) => {
      const form = term.alternatives[a];
      const weight = form === term.text || form === term.stem ? 1 : SYNONYM_WEIGHT;
      for (const hit of hits) {
        matchedTerm[t] = true;
        note(hit.id, t, hit.score * weight);
      }
    });
  });
  query.joined.forEach((pair, j) => {
    for (const hit of joinedAnswers[j] ?? []) {
      matchedTerm[pair.first] = true;
      matchedTerm[pair.first + 1] = true;
      note(hit.id, pair.first, hit.score * JOINED_BONUS);
      note(hit.id, pair.first + 1, hit.score * JOINED_BONUS);
    }
  });
  const results: Ranked[] = [...perDoc.entries()].map(([id, scores]) => ({
    id,
    matched: scores.filter((s) => s > 0).length,
    score: scores.reduce((sum, s) => sum + s, 0),
  }));
  results.sort((a, b) => b.matched - a.matched || b.score - a.score || (a.id < b.id ? -1 : 1));
  const unmatched = query.terms.filter((_, t) => !matchedTerm[t]).map((term) => term.text);
  return { results, unmatched };
}

/** Everything a search needs from Pagefind: one call per distinct form. */
export function formsToSearch(query: AnalysedQuery): string[] {
  const forms = new Set<string>();
  for (const term of query.terms) for (const form of term.alternatives) forms.add(form);
  for (const pair of query.joined) forms.add(pair.text);
  return [...forms];
}

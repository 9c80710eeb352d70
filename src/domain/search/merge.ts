/**
 * Merges the answers Pagefind gives for each query term (and each of its alternatives) into
 * what the search page shows (docs/search.md):
 * - the result list: releases with **every** term, by the sum of their best score per term;
 * - the partial matches: releases with some of the terms, most terms first, each with the terms
 *   it lacks (shown apart, after the list, never counted as results);
 * - the site pages (about, KPI readings) with every term, in their own small group.
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
  /** The terms (by index) the document does not contain. */
  missing: number[];
  score: number;
}

export interface Merged {
  /** Every document that matched at least one term: those with every term first, then most terms. */
  ranked: Ranked[];
  /** Terms (as typed) that matched no document at all. */
  unmatched: string[];
}

export interface Arranged {
  /** Releases with every term: the result list. */
  results: Ranked[];
  /** Releases with some of the terms (only when the query has more than one). */
  partial: Ranked[];
  /** Site pages (about, KPI) with every term. */
  site: Ranked[];
  /** Terms (as typed) that no release contains (a site page may). */
  unmatched: string[];
  /**
   * When no release has every term though each term occurs somewhere: the terms (as typed)
   * that never meet in one release. Empty otherwise.
   */
  apart: string[];
}

/** A match through a synonym (or a date without its year) counts a little less than the word as typed. */
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
    // A hit counts even when Pagefind scores it 0: the term is in the document.
    scores[term] = Math.max(scores[term] ?? 0, score, Number.MIN_VALUE);
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
  const ranked: Ranked[] = [...perDoc.entries()].map(([id, scores]) => {
    const missing = scores.flatMap((s, t) => (s > 0 ? [] : [t]));
    return { id, matched: termCount - missing.length, missing, score: scores.reduce((sum, s) => sum + s, 0) };
  });
  ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || (a.id < b.id ? -1 : 1));
  const unmatched = query.terms.filter((_, t) => !matchedTerm[t]).map((term) => term.text);
  return { ranked, unmatched };
}

/** Splits the merged ranking into the result list, the partial matches and the site pages. */
export function arrange(query: AnalysedQuery, merged: Merged, isSitePage: (id: string) => boolean = () => false): Arranged {
  const all = query.terms.length;
  const results: Ranked[] = [];
  const partial: Ranked[] = [];
  const site: Ranked[] = [];
  for (const doc of merged.ranked) {
    if (isSitePage(doc.id)) {
      if (doc.matched === all) site.push(doc);
    } else if (doc.matched === all) results.push(doc);
    else if (all > 1 && doc.matched > 0) partial.push(doc);
  }
  const inReleases = new Array<boolean>(all).fill(false);
  for (const doc of [...results, ...partial]) query.terms.forEach((_, t) => (inReleases[t] ||= !doc.missing.includes(t)));
  const unmatched = query.terms.filter((_, t) => !inReleases[t]).map((term) => term.text);
  const apart = results.length === 0 && unmatched.length === 0 && all > 1 ? query.terms.map((term) => term.text) : [];
  return { results, partial, site, unmatched, apart };
}

/** Everything a search needs from Pagefind: one call per distinct form. */
export function formsToSearch(query: AnalysedQuery): string[] {
  const forms = new Set<string>();
  for (const term of query.terms) for (const form of term.alternatives) forms.add(form);
  for (const pair of query.joined) forms.add(pair.text);
  return [...forms];
}

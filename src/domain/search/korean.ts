/**
 * Korean-aware text handling for search, shared by the index builder (Node) and the
 * search page (browser). Pure: no I/O; its one cache (a word's index terms) never changes an answer.
 *
 * Pagefind splits words at spaces only and matches a query word against the
 * *beginning* of indexed words. This module supplies what that misses:
 * - `normalise`: NFKC (full-width Latin and digits folded, ㈜ → (주)), NFC, lower case;
 * - `splitWords`: splits at spaces and at joiners (· ㆍ … / and other punctuation),
 *   and between Hangul and Latin/digit runs (삼성SDS → 삼성 sds);
 * - `stripParticle`: removes a trailing particle (조사) from a Hangul word;
 * - `indexTerms`: the extra terms a document gets in the index (suffixes of
 *   compounds, pieces of joined words, spaced compounds joined, folded forms);
 * - `analyseQuery`: the terms of a query and the alternatives each term is searched by.
 */

import { NOT_PARTICLE_ENDINGS, VERB_STEM } from './lexicon.ts';
import { numberSpans, queryForms } from './numbers.ts';

/**
 * Particles (조사) and copula endings, longest first, each with the 받침 it follows:
 * `C` a final consonant (은, 이, 을, 과, 으로), `V` a vowel (는, 가, 를, 와), `VL` a vowel or ㄹ (로),
 * `A` either (의, 에, 도, 에서). A particle is cut only where the syllable before it agrees:
 * `전문가` keeps its `가` (전문 ends in ㄴ), `미생물이` loses its `이`.
 */
type After = 'C' | 'V' | 'VL' | 'A';
const PARTICLE_TABLE: readonly (readonly [string, After])[] = [
  ['에서부터', 'A'], ['으로부터', 'C'], ['이었으며', 'C'], ['이라는', 'C'], ['이라고', 'C'], ['이었던', 'C'], ['이었다', 'C'], ['이었고', 'C'],
  ['이에요', 'C'], ['입니다', 'A'], ['이지만', 'C'], ['이라며', 'C'], ['이라서', 'C'], ['이어서', 'C'], ['였으며', 'V'],
  ['에서는', 'A'], ['에서도', 'A'], ['에서의', 'A'], ['에게서', 'A'], ['에게는', 'A'], ['에게도', 'A'], ['까지의', 'A'], ['까지는', 'A'], ['까지도', 'A'],
  ['부터는', 'A'], ['부터도', 'A'], ['께서는', 'A'], ['께서도', 'A'], ['으로는', 'C'], ['으로도', 'C'], ['으로의', 'C'], ['으로서', 'C'], ['으로써', 'C'],
  ['로부터', 'VL'], ['라는', 'V'], ['라고', 'V'], ['였던', 'V'], ['였다', 'V'], ['였고', 'V'], ['예요', 'V'], ['라며', 'V'],
  ['와의', 'V'], ['과의', 'C'], ['와는', 'V'], ['과는', 'C'], ['와도', 'V'], ['과도', 'C'], ['로는', 'VL'], ['로도', 'VL'], ['로의', 'VL'], ['로서', 'VL'], ['로써', 'VL'],
  ['에서', 'A'], ['에게', 'A'], ['으로', 'C'], ['이나', 'C'], ['이며', 'C'], ['이고', 'C'], ['이라', 'C'], ['이란', 'C'], ['이다', 'C'], ['이든', 'C'], ['이랑', 'C'],
  ['까지', 'A'], ['부터', 'A'], ['처럼', 'A'], ['보다', 'A'], ['마다', 'A'], ['만큼', 'A'], ['께서', 'A'], ['한테', 'A'], ['에는', 'A'], ['에도', 'A'], ['에의', 'A'],
  ['만의', 'A'], ['만은', 'A'], ['만을', 'A'], ['만이', 'A'], ['들이', 'A'], ['들은', 'A'], ['들을', 'A'], ['들의', 'A'], ['들과', 'A'], ['들도', 'A'], ['들에', 'A'], ['들로', 'A'], ['들과의', 'A'],
  ['은', 'C'], ['는', 'V'], ['이', 'C'], ['가', 'V'], ['을', 'C'], ['를', 'V'], ['과', 'C'], ['와', 'V'], ['로', 'VL'], ['랑', 'V'],
  ['의', 'A'], ['에', 'A'], ['도', 'A'], ['만', 'A'], ['께', 'A'], ['들', 'A'],
];
const PARTICLES = [...PARTICLE_TABLE].sort((a, b) => b[0].length - a[0].length);
const PARTICLE_SET = new Set<string>(PARTICLES.map(([p]) => p));

/** Verb and sentence endings: words ending so get no compound suffixes (they are not nouns). */
const VERB_ENDINGS = /(?:다|니다|요|며|고|면|서|지만|는데|하여|되어|해|했|었|았|겠|ㄴ|할|한|된|될|던|하는|되는|있는|없는|으며|으면|으나|어)$/u;

/** The final consonant (종성) of a Hangul syllable: 0 for none, 8 for ㄹ; undefined for other characters. */
function finalConsonant(syllable: string): number | undefined {
  const code = syllable.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : undefined;
}

/** Whether `particle` may follow `stem` by the stem's last syllable (받침). */
function agrees(stem: string, after: After): boolean {
  if (after === 'A') return true;
  const final = finalConsonant(stem.at(-1) ?? '');
  if (final === undefined) return false;
  if (after === 'C') return final !== 0;
  if (after === 'V') return final === 0;
  return final === 0 || final === 8;
}

const HANGUL = /\p{Script=Hangul}/u;
const HANGUL_RUN = /^\p{Script=Hangul}+$/u;
/** Characters that separate words besides spaces: joiners, brackets, quotes, punctuation. */
const SEPARATORS = /[\s·\u318D\u119E•‧・…⋯\/\\|,.;:!?()[\]{}<>「」『』《》〈〉【】"'“”‘’`~^*_=+&%$#@→←↔↑↓–—-]+/u;

export interface LanguageData {
  /** Groups of equivalent forms, already normalised: [["ms", "마이크로소프트"], …]. */
  synonyms: string[][];
  /** Words that end in a particle-like syllable but are whole nouns: 제주도, 매칭데이. */
  keep: string[];
}

export const EMPTY_LANGUAGE: LanguageData = { synonyms: [], keep: [] };

/** NFKC folds full-width letters and digits (ＬＬＭ → LLM) and ㈜ → (주); then lower case. */
export function normalise(text: string): string {
  return text.normalize('NFKC').normalize('NFC').toLowerCase();
}

/** Splits normalised text into words at spaces, joiners and punctuation, and between scripts. */
export function splitWords(text: string): string[] {
  return normalise(text).split(SEPARATORS).flatMap(scriptRuns);
}

/** The Hangul and Latin/digit runs of one word: 삼성sds → 삼성, sds ; ai사업단 → ai, 사업단. */
function scriptRuns(word: string): string[] {
  return word.match(/\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}])+/gu) ?? [];
}

/**
 * A query word written across scripts (삼성SDS, AI사업단, 제주TP) is one term: the word as typed
 * (Pagefind has it as one word, and the index has it joined where the text spaced it: 삼성 SDS),
 * and with any one run replaced by a synonym (제주TP → 제주테크노파크).
 */
function mixedTerm(runs: string[], keep: ReadonlySet<string>, synonyms: Map<string, string[]>): QueryTerm {
  const last = runs.length - 1;
  const stems = runs.map((run, i) => (i === last ? stripParticle(run, keep) : run));
  const text = runs.join('');
  const stem = stems.join('');
  const alternatives = new Set<string>([text, stem]);
  for (const form of [text, stem]) for (const synonym of synonyms.get(form) ?? []) alternatives.add(synonym);
  stems.forEach((run, i) => {
    for (const synonym of synonyms.get(run) ?? []) alternatives.add([...stems.slice(0, i), synonym, ...stems.slice(i + 1)].join(''));
  });
  return { text, stem, alternatives: [...alternatives], marks: stems };
}

export function isHangul(word: string): boolean {
  return HANGUL_RUN.test(word);
}

/** True when the whole word is a particle (와, 는, 에서): such a query word means nothing. */
export function isParticle(word: string): boolean {
  return PARTICLE_SET.has(word);
}

/**
 * Removes one trailing particle when at least two syllables remain, the syllable before it
 * agrees (받침), and the word is not a noun that only looks so (lexicon.ts, or the staff's `keep`
 * list): 제주테크노파크는 → 제주테크노파크, 미생물이 → 미생물, 전문가 → 전문가, 경기도 → 경기도,
 * 경기도에서 → 경기도, 지원한도 → 지원한도.
 */
export function stripParticle(word: string, keep: ReadonlySet<string> = new Set()): string {
  if (!isHangul(word) || keep.has(word)) return word;
  for (const [particle, after] of PARTICLES) {
    if (word.length - particle.length < 2 || !word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    if (!agrees(stem, after)) continue;
    // The particle would cut into a noun that ends the word (경기도, 어린이, 화상회의): not a particle.
    if (cutsNoun(word, particle.length, keep)) continue;
    return stem;
  }
  return word;
}

function cutsNoun(word: string, particleLength: number, keep: ReadonlySet<string>): boolean {
  for (const noun of keep) if (noun.length > particleLength && word.endsWith(noun)) return true;
  for (const noun of NOT_PARTICLE_ENDINGS) if (noun.length > particleLength && word.endsWith(noun)) return true;
  return false;
}

/** A Hangul stem that reads as a noun: not a verb or adjective form (운영되, 진행하). */
function nounLike(stem: string, stripped: boolean): boolean {
  return stripped ? !VERB_STEM.test(stem) : !VERB_ENDINGS.test(stem);
}

/** The kept-noun list of a caller that has none: one set, so its words' terms are cached once too (wordTerms). */
const NO_KEPT_NOUNS: ReadonlySet<string> = new Set();
/** Minimum length (in syllables or letters) of an added index term. */
const MIN_TERM = 2;
/** Only nouns up to this length get every suffix; longer words are rare and costly. */
const MAX_SUFFIX_WORD = 10;
/** An added term is repeated at most this often per zone. */
const MAX_REPEAT = 2;
/** Where a figure was taken out of the text: no compound is joined across it. */
const BREAK = '\u0000';
/** Endings that make a word a verb or adjective form whatever particle it seems to end in (하지만, 있어도). */
const VERB_FORM = /(?:습니다|니다|지만|는데|어도|아도|해도|여도|으며|하며|하고|하여|해서|하는|되는|있는|없는|였다|었다|았다|겠다|한다|된다|있다|없다)$/u;

/**
 * The extra terms a document needs (with repeats) so Pagefind's prefix matching finds what a Korean
 * reader means. `text` is one zone of the document (title, summary or body).
 * Terms that Pagefind already finds by itself (the words as written) are not repeated.
 */
export function indexTerms(text: string, keep: ReadonlySet<string> = NO_KEPT_NOUNS): string[] {
  const added = new Map<string, number>();
  const written = new Set(text.normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean));
  const add = (term: string) => {
    if (term.length >= MIN_TERM && !written.has(term)) added.set(term, (added.get(term) ?? 0) + 1);
  };
  // Figures first (3천만 원 → 30000000원, 2025년 11월 → 2025년11월), then taken out of the word pass.
  let folded = normalise(text);
  const spans = numberSpans(folded);
  for (const span of spans) for (const term of span.terms) add(term);
  for (const span of [...spans].reverse()) folded = `${folded.slice(0, span.start)} ${BREAK} ${folded.slice(span.end)}`;
  let previous: string | undefined;
  for (const raw of folded.split(/\s+/u).filter(Boolean)) {
    if (raw === BREAK) {
      previous = undefined;
      continue;
    }
    const word = wordTerms(raw, keep);
    for (const term of word.terms) add(term);
    // A compound written with a space is also indexed joined: 매칭 데이 → 매칭데이, AI 사업단 → ai사업단.
    if (previous && word.joins !== undefined) add(previous + word.joins);
    previous = word.leads;
  }
  // Repeated (up to MAX_REPEAT times) as often as the text has it, so term frequency still ranks.
  return [...added].flatMap(([term, count]) => new Array<string>(Math.min(count, MAX_REPEAT)).fill(term));
}

/** What one written word adds to the index, whatever text it stands in. */
interface WordTerms {
  /** Its stems and, for nouns, their suffixes, in the order they are added. */
  terms: string[];
  /** The stem it adds after a leading word (매칭 데이 → 데이), when it can end a spaced compound. */
  joins: string | undefined;
  /** The word itself when it can begin a spaced compound. */
  leads: string | undefined;
}

/**
 * A word's terms depend on the word and the staff's `keep` list only, and an archive repeats its
 * words: each is worked out once per `keep` list (a corpus-sized cache, about 10 % of the index step's time to fill).
 */
const wordCache = new WeakMap<ReadonlySet<string>, Map<string, WordTerms>>();

function wordTerms(raw: string, keep: ReadonlySet<string>): WordTerms {
  let cache = wordCache.get(keep);
  if (!cache) wordCache.set(keep, (cache = new Map()));
  const cached = cache.get(raw);
  if (cached) return cached;
  const pieces = splitWords(raw);
  const terms: string[] = [];
  for (const piece of pieces) {
    const stem = stripParticle(piece, keep);
    // The word without its particle (유전체를 → 유전체), so its frequency counts; the pieces of
    // joined or mixed words (화장품·식품, 삼성SDS, (MS)와, ＬＬＭ) as words of their own.
    terms.push(stem);
    if (isHangul(stem) && stem.length <= MAX_SUFFIX_WORD && !VERB_FORM.test(piece) && nounLike(stem, stem !== piece)) {
      // Every suffix of a noun, before any ending: 바이오연구동에서 → 연구동, 화장품공장이며 → 공장.
      for (let start = 1; start <= stem.length - MIN_TERM; start += 1) terms.push(stem.slice(start));
    }
  }
  const first = pieces[0];
  const last = pieces.at(-1);
  const word: WordTerms = {
    terms,
    joins: first && canFollow(first) ? stripParticle(first, keep) : undefined,
    leads: pieces.length === 1 && last && canLead(last, keep) ? last : undefined,
  };
  cache.set(raw, word);
  return word;
}

export interface QueryTerm {
  /** The word (or figure) as the reader typed it, normalised. */
  text: string;
  /** The word without its particle (the word itself when it has none); a figure's canonical form. */
  stem: string;
  /**
   * What Pagefind is asked for: the word, its stem without particle, its synonyms; for a figure
   * its canonical forms in quotes (exact words: `"30000000원"` must not match `300000000원`).
   */
  alternatives: string[];
  /** A figure (amount, date, ratio, percentage, ordinal): searched by canonical forms only. */
  figure?: boolean;
  /** The runs of a word written across scripts, marked in excerpts wherever they stand (AI 사업단). */
  marks?: string[];
}

export interface AnalysedQuery {
  terms: QueryTerm[];
  /** Alternatives that satisfy two neighbouring terms at once (매칭 데이 → 매칭데이), by term index. */
  joined: { first: number; text: string }[];
  /** Words dropped because they are particles alone (와, 는). */
  ignored: string[];
  /** Single Latin letters or digits, dropped: as a prefix they would match almost anything. */
  short: string[];
}

export function synonymIndex(language: LanguageData): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of language.synonyms) {
    for (const form of group) map.set(form, group.filter((other) => other !== form));
  }
  return map;
}

/** A form searched as an exact word (quoted), as figures are. */
export function isExact(form: string): boolean {
  return form.length > 2 && form.startsWith('"') && form.endsWith('"');
}

/** The text of a form without the quotes of an exact search. */
export function bareForm(form: string): string {
  return isExact(form) ? form.slice(1, -1) : form;
}

/** Turns what the reader typed into terms, each with the forms Pagefind is searched by. */
export function analyseQuery(query: string, language: LanguageData = EMPTY_LANGUAGE): AnalysedQuery {
  const keep = new Set(language.keep);
  const synonyms = synonymIndex(language);
  const terms: QueryTerm[] = [];
  const ignored: string[] = [];
  const short: string[] = [];
  const text = normalise(query);
  const words = (segment: string) => {
    for (const piece of segment.split(SEPARATORS)) {
      const runs = scriptRuns(piece);
      // A particle after a mixed word (삼성SDS와, (MS)와) belongs to it, like any other particle.
      while (runs.length > 1 && isParticle(runs.at(-1) ?? '')) runs.pop();
      if (runs.length > 1) {
        terms.push(mixedTerm(runs, keep, synonyms));
        continue;
      }
      const word = runs[0];
      if (!word) continue;
      if (isParticle(word)) {
        ignored.push(word);
        continue;
      }
      if (/^[\p{Script=Latin}\p{N}]$/u.test(word)) {
        short.push(word);
        continue;
      }
      const alternatives = new Set<string>([word]);
      const stem = stripParticle(word, keep);
      alternatives.add(stem);
      for (const form of [word, stem]) for (const synonym of synonyms.get(form) ?? []) alternatives.add(synonym);
      terms.push({ text: word, stem, alternatives: [...alternatives] });
    }
  };
  let at = 0;
  for (const span of numberSpans(text)) {
    words(text.slice(at, span.start));
    const forms = queryForms(span).map((form) => `"${form}"`);
    terms.push({ text: text.slice(span.start, span.end), stem: forms[0] ?? '', alternatives: forms, figure: true });
    at = span.end;
  }
  words(text.slice(at));
  const joined: AnalysedQuery['joined'] = [];
  for (let i = 0; i + 1 < terms.length; i += 1) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    if (a.figure || b.figure) continue;
    if (canLead(a.stem, keep) && canFollow(b.stem)) joined.push({ first: i, text: a.stem + b.stem });
  }
  return { terms, joined, ignored, short };
}

/** A word that can start a compound written with a space: a short noun (매칭 데이) or acronym (AI 사업단). */
function canLead(word: string, keep: ReadonlySet<string>): boolean {
  if (isHangul(word)) return word.length <= 4 && stripParticle(word, keep) === word && !VERB_ENDINGS.test(word);
  return /^[a-z0-9]{1,5}$/u.test(word);
}

/**
 * A word that can end such a compound: a noun stem of two syllables or more (not a bound word
 * like 간, 등, 중: `기업 간` is no compound) or an acronym.
 */
function canFollow(word: string): boolean {
  return isHangul(word) ? word.length >= 2 && !VERB_ENDINGS.test(word) : /^[a-z0-9]+$/u.test(word);
}

/** True when the text contains Hangul (used to pick the Korean index). */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

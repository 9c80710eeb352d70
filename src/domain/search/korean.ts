/**
 * Korean-aware text handling for search, shared by the index builder (Node) and the
 * search page (browser). Pure: no I/O, no globals.
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

/** Particles (조사) and copula endings, longest first. */
const PARTICLES = [
  '에서부터', '으로부터', '이라는', '에서는', '에서도', '에서의', '으로는', '으로도', '으로의', '에게서', '에게는',
  '까지의', '부터는', '께서는', '이라고', '이었던', '이에요', '입니다',
  '와의', '과의', '에서', '에게', '으로', '이나', '이며', '이고', '이라', '이란', '까지', '부터', '처럼', '보다', '마다',
  '만큼', '께서', '한테', '로서', '로써', '라는', '라고', '에는', '에도', '로는', '로도', '와는', '과는', '와도', '과도',
  '만의', '들이', '들은', '들을', '들의', '들과', '들도', '들에',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '께', '랑', '들',
] as const;
const PARTICLE_SET = new Set<string>(PARTICLES);

/** Verb and sentence endings: words ending so get no compound suffixes (they are not nouns). */
const VERB_ENDINGS = /(?:다|니다|요|며|고|면|서|지만|는데|하여|되어|해|했|었|았|겠|ㄴ|할|한|된|될|던|하는|되는|있는|없는|으며|으면|으나|어)$/u;

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
  const out: string[] = [];
  for (const piece of normalise(text).split(SEPARATORS)) {
    if (!piece) continue;
    // 삼성sds → 삼성, sds ; ai사업단 → ai, 사업단 ; 2026년 → 2026, 년
    for (const run of piece.match(/\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}])+/gu) ?? []) out.push(run);
  }
  return out;
}

export function isHangul(word: string): boolean {
  return HANGUL_RUN.test(word);
}

/** True when the whole word is a particle (와, 는, 에서): such a query word means nothing. */
export function isParticle(word: string): boolean {
  return PARTICLE_SET.has(word);
}

/**
 * Removes one trailing particle when at least two syllables remain and the word is not
 * in the keep list: 제주테크노파크는 → 제주테크노파크, 사업단의 → 사업단, 제주도 → 제주도 (kept).
 */
export function stripParticle(word: string, keep: ReadonlySet<string> = new Set()): string {
  if (!isHangul(word) || keep.has(word)) return word;
  for (const particle of PARTICLES) {
    if (word.length - particle.length >= 2 && word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      // 유앤아이제주와 → 유앤아이제주; but a kept noun followed by a particle keeps its whole form.
      return stem;
    }
  }
  return word;
}

/** Minimum length (in syllables or letters) of an added index term. */
const MIN_TERM = 2;
/** Only nouns up to this length get every suffix; longer words are rare and costly. */
const MAX_SUFFIX_WORD = 10;
/** An added term is repeated at most this often per zone. */
const MAX_REPEAT = 2;

/**
 * The extra terms a document needs (with repeats) so Pagefind's prefix matching finds what a Korean
 * reader means. `text` is one zone of the document (title, summary or body).
 * Terms that Pagefind already finds by itself (the words as written) are not repeated.
 */
export function indexTerms(text: string, keep: ReadonlySet<string> = new Set()): string[] {
  const added = new Map<string, number>();
  const written = new Set(text.normalize('NFC').toLowerCase().split(/\s+/u).filter(Boolean));
  const add = (term: string) => {
    if (term.length >= MIN_TERM && !written.has(term)) added.set(term, (added.get(term) ?? 0) + 1);
  };
  const rawWords = text.split(/\s+/u).filter(Boolean);
  let previous: string | undefined;
  for (const raw of rawWords) {
    const pieces = splitWords(raw);
    const folded = normalise(raw);
    const joinedByMark = pieces.length > 1 || folded !== raw.normalize('NFC').toLowerCase();
    for (const [i, piece] of pieces.entries()) {
      const stem = stripParticle(piece, keep);
      // Pieces of joined or mixed words (화장품·식품, 삼성SDS, (MS)와, ＬＬＭ) as words of their own.
      if (joinedByMark || i > 0) add(stem);
      if (isHangul(stem) && !VERB_ENDINGS.test(piece) && stem.length <= MAX_SUFFIX_WORD) {
        // Every suffix of a noun, so the end or middle of a compound matches: 바이오기업 → 기업.
        for (let start = 1; start <= stem.length - MIN_TERM; start += 1) add(stem.slice(start));
      }
    }
    // A compound written with a space is also indexed joined: 매칭 데이 → 매칭데이, AI 사업단 → ai사업단.
    const first = pieces[0];
    if (previous && first && canFollow(first)) add(previous + stripParticle(first, keep));
    const last = pieces.at(-1);
    previous = pieces.length === 1 && last && canLead(last, keep) ? last : undefined;
  }
  // Repeated (up to MAX_REPEAT times) as often as the text has it, so term frequency still ranks.
  return [...added].flatMap(([term, count]) => new Array<string>(Math.min(count, MAX_REPEAT)).fill(term));
}

export interface QueryTerm {
  /** The word as the reader typed it (normalised). */
  text: string;
  /** The word without its particle (the word itself when it has none). */
  stem: string;
  /** What Pagefind is asked for: the word, its stem without particle, its synonyms. */
  alternatives: string[];
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

/** Turns what the reader typed into terms, each with the forms Pagefind is searched by. */
export function analyseQuery(query: string, language: LanguageData = EMPTY_LANGUAGE): AnalysedQuery {
  const keep = new Set(language.keep);
  const synonyms = synonymIndex(language);
  const terms: QueryTerm[] = [];
  const ignored: string[] = [];
  const short: string[] = [];
  for (const word of splitWords(query)) {
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
  const joined: AnalysedQuery['joined'] = [];
  for (let i = 0; i + 1 < terms.length; i += 1) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    if (canLead(a.stem, keep) && canFollow(b.stem)) joined.push({ first: i, text: a.stem + b.stem });
  }
  return { terms, joined, ignored, short };
}

/** A word that can start a compound written with a space: a short noun (매칭 데이) or acronym (AI 사업단). */
function canLead(word: string, keep: ReadonlySet<string>): boolean {
  if (isHangul(word)) return word.length <= 4 && stripParticle(word, keep) === word && !VERB_ENDINGS.test(word);
  return /^[a-z0-9]{1,5}$/u.test(word);
}

/** A word that can end such a compound: a noun stem or an acronym. */
function canFollow(word: string): boolean {
  return isHangul(word) ? !VERB_ENDINGS.test(word) : /^[a-z0-9]+$/u.test(word);
}

/** True when the text contains Hangul (used to pick the Korean index). */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

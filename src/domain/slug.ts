import { romanize } from 'es-hangul';
import { isParticle, stripParticle } from './search/korean.ts';

/**
 * A readable URL slug from a Korean title, by Revised Romanization, word by word and without
 * the particles (조사) that end a word: "한라봉·감귤 품질관리에 AI 적용" →
 * "hallabong-gamgyul-pumjilgwalli-ai-jeogyong", not "…-pumjilgwallie-…". The particle rule is the
 * search's (src/domain/search/korean.ts: the syllable before must agree, nouns that only look so —
 * 성과, 회의, 제주도 — keep their ending). Never a random id.
 */
export function slugFromTitle(title: string, maxWords = 6): string {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(withoutParticle)
    .flatMap((word) => romanize(word).split(/[^a-z0-9]+/))
    .filter(Boolean);
  // Whole words only, at most 60 characters (the first word is cut if it alone is longer).
  let slug = '';
  for (const word of words.slice(0, maxWords)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 60) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, 60);
}

/** A word without its trailing particle: 품질관리에 → 품질관리; after Latin or digits only a whole particle goes (AI가 → AI). */
function withoutParticle(word: string): string {
  const [, head = '', hangul = ''] = /^(.*?)(\p{Script=Hangul}*)$/u.exec(word) ?? [];
  if (!head) return stripParticle(word);
  return isParticle(hangul) ? head : word;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

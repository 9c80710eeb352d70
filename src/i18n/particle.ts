/**
 * Korean particles chosen by how the word before them ends (받침), for text built from values:
 * '120억 원'과, '117억 원'이, '1,100'은. es-hangul reads Hangul; digits and Latin letters are
 * read as Koreans say them (1 일, 7 칠, L 엘, M 엠 …) so figures and ids get the right particle too.
 */
import { josa } from 'es-hangul';

type Pair = Parameters<typeof josa.pick>[1];

const DIGIT_READING = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const LETTER_READING: Record<string, string> = {
  a: '에이', b: '비', c: '씨', d: '디', e: '이', f: '에프', g: '지', h: '에이치', i: '아이', j: '제이', k: '케이', l: '엘', m: '엠',
  n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '에스', t: '티', u: '유', v: '브이', w: '더블유', x: '엑스', y: '와이', z: '지',
};

/**
 * The last syllable as it is read aloud: quotes, brackets and punctuation after a word are silent;
 * a digit is read as a number (1 일, 7 칠); Latin letters are read as letter names when they are an
 * acronym (`SDS`, `tp`: 에스, 피) and, in a word (`never`, `estsoft`), as Korean reads loanwords —
 * a final m, n, ng or l is a 받침, any other ending is not (네버, 이스트소프트).
 */
function spokenEnd(word: string): string {
  const letters = [...word.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const last = letters.at(-1) ?? '';
  if (/[0-9]/.test(last)) return DIGIT_READING[Number(last)] ?? last;
  const latin = /[A-Za-z]+$/.exec(letters.join(''))?.[0];
  if (!latin) return last;
  const acronym = latin.length === 1 || latin === latin.toUpperCase() || !/[aeiouy]/i.test(latin);
  if (acronym) return LETTER_READING[last.toLowerCase()] ?? last;
  if (/ng$/i.test(latin)) return '앙';
  return { m: '암', n: '안', l: '알' }[last.toLowerCase()] ?? '아';
}

/** The particle of `pair` (e.g. '이/가', '을/를', '와/과', '으로/로', '은/는') that follows `word`. */
export function particle(word: string, pair: string): string {
  return josa.pick(spokenEnd(word), pair as Pair);
}

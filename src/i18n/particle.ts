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

/** The last character that is read aloud: quotes, brackets and punctuation after a word are silent. */
function spokenEnd(word: string): string {
  const letters = [...word.normalize('NFKC')].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const last = letters.at(-1) ?? '';
  if (/[0-9]/.test(last)) return DIGIT_READING[Number(last)] ?? last;
  return LETTER_READING[last.toLowerCase()] ?? last;
}

/** The particle of `pair` (e.g. '이/가', '을/를', '와/과', '으로/로', '은/는') that follows `word`. */
export function particle(word: string, pair: string): string {
  return josa.pick(spokenEnd(word), pair as Pair);
}

/**
 * Korean particles chosen by how the word before them ends (받침), for text built from values:
 * '120억 원'과, '117억 원'이, '1,100'은. es-hangul reads Hangul; figures and Latin letters are
 * first read as Koreans say them, so figures, file names and ids get the right particle too.
 *
 * The reading rule (docs/편집-가이드.md shows the messages it makes):
 * - quotes, brackets and punctuation after a word are silent (`'안내'`, `「사업」`, `x.`);
 * - a figure is read as a Korean numeral, separators (`,` `，`) ignored: 1 일, 2 이, 3 삼, 10 십,
 *   100 백, 1,000 천, 10,000 만, 1억 억, 0 영; after a decimal point digits are read one by one
 *   (1.5 일 점 오); `%` is 퍼센트;
 * - Latin letters are letter names in an acronym (`SDS`, `tp`, `csv`: 에스, 피, 브이) and, in a
 *   word (`never`, `estsoft`, `yaml`), read as Korean reads loanwords: a final m, n, ng or l is a
 *   받침, any other ending is not (네버, 이스트소프트, 야믈). Romanised Korean (`hyeopyak`) is read
 *   as a loanword too: it cannot be told from English.
 */
import { josa } from 'es-hangul';

type Pair = Parameters<typeof josa.pick>[1];

const DIGIT_READING = ['영', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/** The unit read after a digit by its place within a group of four: 십, 백, 천. */
const PLACE_READING = ['', '십', '백', '천'];
/** The unit of each group of four digits: 만, 억, 조, 경. */
const GROUP_READING = ['', '만', '억', '조', '경'];
const LETTER_READING: Record<string, string> = {
  a: '에이', b: '비', c: '씨', d: '디', e: '이', f: '에프', g: '지', h: '에이치', i: '아이', j: '제이', k: '케이', l: '엘', m: '엠',
  n: '엔', o: '오', p: '피', q: '큐', r: '알', s: '에스', t: '티', u: '유', v: '브이', w: '더블유', x: '엑스', y: '와이', z: '지',
};
/** Symbols that are read aloud at the end of a word. */
const SYMBOL_READING: Record<string, string> = { '%': '퍼센트' };

/** The last syllable of a figure read as a Korean numeral: 1,100 → 천백 → 백; 20 → 이십 → 십. */
export function numeralEnd(figure: string): string {
  const [whole = '', fraction] = figure.replace(/[,\s]/g, '').split('.');
  if (fraction) return DIGIT_READING[Number(fraction.at(-1))] ?? '';
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(digits)) return DIGIT_READING[0] ?? '';
  // The last non-zero digit and how many zeros follow it: none, its digit (일); else its unit.
  const lastNonZero = digits.replace(/0+$/, '');
  const fromRight = digits.length - lastNonZero.length;
  if (fromRight === 0) return DIGIT_READING[Number(lastNonZero.at(-1))] ?? '';
  return fromRight % 4 === 0 ? (GROUP_READING[fromRight / 4] ?? '경') : (PLACE_READING[fromRight % 4] ?? '');
}

/**
 * The last syllable as it is read aloud (see the rule above).
 */
function spokenEnd(word: string): string {
  const chars = [...word.normalize('NFKC')];
  // Silent marks after the word: quotes, brackets, full stops, spaces.
  while (chars.length > 0 && !/[\p{L}\p{N}%]/u.test(chars.at(-1) ?? '')) chars.pop();
  const text = chars.join('');
  const last = chars.at(-1) ?? '';
  const symbol = SYMBOL_READING[last];
  if (symbol) return symbol;
  const figure = /\d[\d,]*(?:\.\d+)?$/.exec(text)?.[0];
  if (figure) return numeralEnd(figure);
  const latin = /[A-Za-z]+$/.exec(text)?.[0];
  if (!latin) return last;
  const acronym = latin.length === 1 || latin === latin.toUpperCase() || !/[aeiouy]/i.test(latin);
  if (acronym) return LETTER_READING[last.toLowerCase()] ?? last;
  if (/ng$/i.test(latin)) return '앙';
  return { m: '암', n: '안', l: '알' }[last.toLowerCase()] ?? '아';
}

/**
 * The particle of `pair` (e.g. '이/가', '을/를', '와/과', '으로/로', '은/는') that follows `word`.
 * Which pairs the dictionary may use is checked by tests/unit/particles.test.ts.
 */
export function particle(word: string, pair: string): string {
  return josa.pick(spokenEnd(word), pair as Pair);
}

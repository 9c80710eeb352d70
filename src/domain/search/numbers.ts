/**
 * Numbers, units and dates as search terms, for the index and the query alike (docs/search.md).
 * Pure: no I/O, no globals.
 *
 * Pagefind reads `3,000만 원` as the words `3000만` and `원`, `40%` as `40`, `1:1` as `11`, and
 * `제３차` as its own word, so figures written in different spellings never meet. Here every
 * figure in a text becomes one or more *canonical terms*, written the same way whatever the
 * spelling, and searched as exact words:
 *
 * | written | canonical |
 * | --- | --- |
 * | `3천만 원`, `3,000만 원`, `3000만원`, `30,000,000원`, `3천만` | `30000000원` |
 * | `1억 5천만 원`, `1억 5,000만 원`, `1억5000만원`, `1.5억` | `150000000원` |
 * | `2025년 11월 20일`, `2025. 11. 20.` | `2025년11월20일`, `2025년11월`, `11월20일` (and each part) |
 * | `40%`, `40 %`, `40퍼센트`, `40프로` | `40퍼센트` (`40%p` → `40퍼센트포인트`) |
 * | `1:1`, `1 : 1`, `1대1` | `1대1` (`9:30` also `9시30분`) |
 * | `3차`, `제3차`, `제３차`, `3차로` | `3차` |
 * | `24곳에서`, `96건의`, `1,100명` | `24곳`, `96건`, `1100명` |
 *
 * A canonical term always ends in a unit, so `5억 원` (`500000000원`) never matches `15억 원`, nor
 * `11월 2일` (`11월2일`) `11월 20일`. Input is normalised text (NFKC, lower case: `normalise`).
 */

export interface NumberSpan {
  /** [start, end) in the normalised text, with the particle after the figure (3천만 원을). */
  start: number;
  end: number;
  /** Where the figure itself ends (before that particle): what an excerpt marks. */
  figureEnd: number;
  /** Canonical terms, the most specific first (`2025년11월20일` before `11월20일`). */
  terms: string[];
}

/** Counters that follow a number, longest first (attached or after one space). */
const COUNTERS = [
  '퍼센트포인트', '개월', '분기', '주년', '시간', '년도', '연도', '가지', '달러', '유로', '차례', '종류', '배수',
  '년', '월', '일', '시', '분', '초', '주', '원', '명', '건', '곳', '개', '차', '회', '배', '위', '등', '층', '호', '기', '대', '종', '톤', '편', '권', '장', '점', '팀', '쌍', '석', '번', '살', '세', '평', '리', '조', '항', '절', '관',
];
const COUNTER_ALT = COUNTERS.join('|');
/** What may follow a counter inside the same word: particles (조사) and a few suffixes. */
const AFTER = '(?<after>에서부터|만에|으로부터|에서는|에서도|에서의|까지는|까지의|까지도|부터는|에게는|으로는|으로도|으로의|에서|에게|으로|이나|이며|이고|이라|까지|부터|마다|보다|처럼|만큼|씩|째|간|당|에는|에도|와의|과의|와는|과는|로는|로도|은|는|이|가|을|를|의|에|와|과|도|만|로|째)?';
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';
const BIG: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };

/** A number as written: commas dropped, a decimal point spelled `점` (Pagefind drops `.` inside words). */
function plain(digits: string): string {
  const [whole = '', fraction] = digits.replace(/,/g, '').split('.');
  const trimmed = whole.replace(/^0+(?=\d)/, '');
  return fraction && /[1-9]/.test(fraction) ? `${trimmed}점${fraction.replace(/0+$/, '')}` : trimmed;
}

function amount(value: number): string {
  // Money and counts are integers in practice; a fraction of a unit is kept spelled out.
  return Number.isInteger(value) ? String(value) : plain(String(Math.round(value * 100) / 100));
}

interface Rule {
  pattern: RegExp;
  terms(match: RegExpExecArray): string[] | undefined;
}

const DATE_UNITS = ['년', '월', '일'] as const;
const TIME_UNITS = ['시', '분', '초'] as const;

/** Every contiguous run of a date's (or a time's) parts: 2025년11월20일, 2025년11월, 11월20일, 2025년, 11월, 20일. */
function chainTerms(parts: string[]): string[] {
  const out: string[] = [];
  for (let length = parts.length; length >= 1; length -= 1) {
    for (let start = 0; start + length <= parts.length; start += 1) out.push(parts.slice(start, start + length).join(''));
  }
  return out;
}

const RULES: Rule[] = [
  // 2025. 11. 20. / 2025-11-20 / 2025/11/20
  {
    pattern: /(?<![\d.])(\d{4})\s?[.\-/]\s?(\d{1,2})\s?[.\-/]\s?(\d{1,2})(?![\d])\.?/y,
    terms: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      return chainTerms([`${y}년`, `${mo}월`, `${d}일`]);
    },
  },
  // Money and large counts: 1억 5천만 원, 3천5백만 원, 3,000만원, 30억, 1.5억, 5천 명
  {
    pattern: new RegExp(`(?<![\\d.,])(${NUM}\\s?[천백십조억만](?:\\s?(?:${NUM}\\s?)?[천백십조억만])*)(?:\\s?(원|달러|명|건|곳|개|톤|대|가구|그루|마리))?${AFTER}(?![가-힣\\d])`, 'y'),
    terms: (m) => {
      // Units below 만 add up inside a group (3천5백 = 3500); 만, 억, 조 scale the group before them.
      let total = 0;
      let group = 0;
      for (const piece of (m[1] ?? '').matchAll(new RegExp(`(${NUM})?\\s?([천백십조억만])`, 'g'))) {
        const n = piece[1] === undefined ? undefined : Number(piece[1].replace(/,/g, ''));
        const unit = piece[2] ?? '';
        const small = SMALL[unit];
        if (small) group += (n ?? 1) * small;
        else {
          group += n ?? 0;
          total += (group || 1) * (BIG[unit] ?? 1);
          group = 0;
        }
      }
      // Without a counter a scaled figure is money (30억 = 30억 원).
      return [`${amount(total + group)}${m[2] ?? '원'}`];
    },
  },
  // 40%, 40 %, 40퍼센트, 40프로, 5%p
  {
    pattern: new RegExp(`(?<![\\d.,])(${NUM})\\s?(%\\s?p(?![a-z])|%\\s?포인트|퍼센트\\s?포인트|%|퍼센트|프로(?![가-힣]))${AFTER}(?![가-힣\\d])`, 'y'),
    terms: (m) => [`${plain(m[1] ?? '')}${/p|포인트/.test(m[2] ?? '') ? '퍼센트포인트' : '퍼센트'}`],
  },
  // 1:1, 1 : 1, 1대1, 1 대 1 (and 9:30 also as a time)
  {
    pattern: new RegExp(`(?<![\\d.,:])(\\d+)\\s?(:|대)\\s?(\\d+)(?![\\d:])${AFTER}(?![가-힣\\d])`, 'y'),
    terms: (m) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      const ratio = `${a}대${b}`;
      return m[2] === ':' && (m[3] ?? '').length === 2 && a <= 24 && b < 60 ? [ratio, `${a}시${b}분`] : [ratio];
    },
  },
  // Dates and times in Korean: 2025년 11월 20일, 11월 20일, 오후 6시 30분 (a chain of units in order)
  {
    pattern: new RegExp(`(?<![\\d.,])(\\d+)\\s?(년|월|일|시|분|초)(?:\\s?(\\d+)\\s?(월|일|시|분|초))?(?:\\s?(\\d+)\\s?(일|분|초))?${AFTER}(?![가-힣\\d])`, 'y'),
    terms: (m) => {
      const parts: [number, string][] = [[Number(m[1]), m[2] ?? '']];
      if (m[3] && m[4]) parts.push([Number(m[3]), m[4]]);
      if (m[5] && m[6]) parts.push([Number(m[5]), m[6]]);
      const units = parts.map(([, unit]) => unit);
      const order = (list: readonly string[]) => list.includes(units[0] ?? '') && units.every((unit, i) => list.indexOf(unit) === list.indexOf(units[0] ?? '') + i);
      if (units.length > 1 && !order(DATE_UNITS) && !order(TIME_UNITS)) return undefined;
      return chainTerms(parts.map(([n, unit]) => `${n}${unit}`));
    },
  },
  // 제3차, 제 3 차, 제２회 → 3차, 2회
  {
    pattern: new RegExp(`(?<![가-힣])제\\s?(\\d+)\\s?(${COUNTER_ALT})${AFTER}(?![가-힣\\d])`, 'y'),
    terms: (m) => [`${plain(m[1] ?? '')}${m[2]}`],
  },
  // A number with a counter: 3차, 24곳에서, 96건의, 1,100명, 2 곳
  {
    pattern: new RegExp(`(?<![\\d.,])(${NUM})\\s?(${COUNTER_ALT})${AFTER}(?![가-힣\\d])`, 'y'),
    terms: (m) => [`${plain(m[1] ?? '')}${m[2]}`],
  },
  // A number with any other Hangul attached: 3차년도 → 3차년도 (the word as written, without a particle)
  {
    pattern: /(?<![\d.,])(\d[\d,]*)([가-힣]+)/y,
    terms: (m) => [`${plain(m[1] ?? '')}${m[2]}`],
  },
];

function spanAt(text: string, start: number): NumberSpan | undefined {
  for (const rule of RULES) {
    rule.pattern.lastIndex = start;
    const match = rule.pattern.exec(text);
    if (!match || match[0].length === 0) continue;
    const terms = rule.terms(match);
    if (!terms || terms.length === 0) continue;
    const end = start + match[0].trimEnd().length;
    return { start, end, figureEnd: end - (match.groups?.['after']?.length ?? 0), terms: [...new Set(terms)] };
  }
  return undefined;
}

const RANGE = /^\s?[~∼〜]\s?$/u;

/** Every figure in normalised text, left to right, with its canonical terms. */
export function numberSpans(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const next = text.slice(at).search(/\d|제\s?\d/u);
    if (next < 0) break;
    const start = at + next;
    let found = spanAt(text, start);
    if (!found && /\d/u.test(text[start] ?? '')) {
      // A bare number opening a range takes the unit that closes it: 3~5월 → 3월, 5월.
      const range = /^(\d+)(\s?[~∼〜]\s?)(?=\d)/u.exec(text.slice(start));
      const closing = range ? spanAt(text, start + range[0].length) : undefined;
      const unit = closing ? /^\d+([^\d점]+)$/u.exec(closing.terms[0] ?? '')?.[1] : undefined;
      if (range && unit) found = { start, end: start + (range[1]?.length ?? 0), figureEnd: start + (range[1]?.length ?? 0), terms: [`${Number(range[1])}${unit}`] };
    }
    if (found) {
      // A day closing a range takes the month (and year) that opens it: 12월 17일~18일 → 12월18일.
      const before = spans.at(-1);
      const day = /^(\d+)일$/u.exec(found.terms[0] ?? '')?.[1];
      if (before && day && RANGE.test(text.slice(before.end, found.start))) {
        const month = before.terms.map((term) => /^((?:\d+년)?\d+월)\d+일$/u.exec(term)?.[1]).filter((m): m is string => m !== undefined);
        found.terms = [...new Set([...month.map((m) => `${m}${day}일`), ...found.terms])];
      }
      spans.push(found);
      at = found.end;
    } else if (/\d/u.test(text[start] ?? '')) {
      // Skip this number (all its digits): nothing here is a figure with a unit.
      at = start + (/^[\d.,]+/u.exec(text.slice(start))?.[0].length ?? 1);
    } else {
      at = start + 1; // a 제 that starts no ordinal (문제 3개): the number after it is read next
    }
  }
  return spans;
}

/**
 * What a figure in a query is searched by: its most specific canonical term, and for a full date
 * also the day without the year (a release of that year writes `2월 13일`).
 */
export function queryForms(span: NumberSpan): string[] {
  const [first, ...rest] = span.terms;
  if (!first) return [];
  const day = /^\d+년(\d+월\d+일)$/u.exec(first)?.[1];
  return day && rest.includes(day) ? [first, day] : [first];
}

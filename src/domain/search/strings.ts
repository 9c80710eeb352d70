/** The search page's Korean strings (the page's static labels come from src/i18n). */

/** 은/는 after a word: by its last syllable's final consonant. */
export function topic(word: string): string {
  const code = word.charCodeAt(word.length - 1);
  if (code < 0xac00 || code > 0xd7a3) return '은(는)';
  return (code - 0xac00) % 28 === 0 ? '는' : '은';
}

const quoted = (words: string[]) => words.map((w) => `‘${w}’`).join(', ');
export const searchStrings = {
  searching: '찾는 중…',
  empty: '찾을 낱말을 입력하세요.',
  count: (n: number) => `검색 결과 ${n.toLocaleString('ko-KR')}건`,
  countFiltered: (n: number, total: number) => `검색 결과 ${total.toLocaleString('ko-KR')}건 가운데 ${n.toLocaleString('ko-KR')}건 (필터 적용)`,
  unmatched: (words: string[]) => `${quoted(words)}${topic(words.at(-1) ?? '')} 어느 보도자료에도 없어, 나머지 낱말로 찾은 결과입니다.`,
  noneFor: (words: string[]) => `${quoted(words)}에 맞는 보도자료가 없습니다.`,
  onlyParticles: (words: string[]) => `${quoted(words)}${topic(words.at(-1) ?? '')} 조사라서 그것만으로는 찾을 수 없습니다. 명사를 넣어 찾아보세요.`,
  tooShort: (words: string[]) => `${quoted(words)}처럼 한 글자인 영문·숫자는 따로 찾지 않습니다.`,
  tips: '띄어쓰기를 바꾸거나, 더 짧은 낱말(예: ‘화장품원료’ 대신 ‘원료’)이나 다른 이름(예: ‘MS’ 대신 ‘마이크로소프트’)으로 찾아보세요. 필터를 켰다면 필터를 풀어 보세요.',
  toArchive: '보도자료 목록에서 날짜순으로 보기',
  more: (n: number) => `결과 ${n}건 더 보기`,
  noIndex: '검색 색인이 없습니다. 검색은 빌드한 사이트에서만 동작합니다: npm run build 뒤 npm run preview로 확인하세요.',
  failed: '검색 중 문제가 생겼습니다. 잠시 뒤 다시 시도해 주세요.',
  filterLoading: '필터 정보를 불러오는 중…',
  filterClear: '필터 모두 풀기',
  filterNames: { year: '연도', category: '분류', organization: '기관', tag: '태그' } as Record<string, string>,
  yearLabel: (y: string) => `${y}년`,
  /** A result's `YYYY-MM-DD` day as the site writes dates (format.date in the dictionary, which the browser does not load). */
  dayLabel: (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return `${y}년 ${m}월 ${d}일`;
  },
  resultsLabel: '검색 결과',
} as const;

/**
 * Korean strings of corrections, feeds, former addresses (withdrawn, moved), link
 * previews and the ended-programme notice. Kept apart from ko.ts like kpi.ts;
 * an English edition adds a file with the same keys. `{name}` is filled by `pt`.
 */
export const permanenceKo = {
  'corrections.title': '정정·수정 이력',
  'corrections.lead': '이 보도자료는 처음 배포한 뒤 아래와 같이 고쳤습니다. 고친 내용은 본문에 반영되어 있습니다.',
  'corrections.updated': '최종 수정',
  'corrections.correction': '정정',
  'corrections.update': '수정',
  'feed.rssTitle': '{site} 보도자료 (RSS)',
  'feed.jsonTitle': '{site} 보도자료 (JSON Feed)',
  'feed.description': '{site}의 보도자료와 공지. 제목과 요약, 정정·철회 사실을 싣고 전문은 링크한 보도자료 페이지에 있습니다.',
  'feed.footer': '보도자료 구독',
  'feed.rss': 'RSS',
  'feed.json': 'JSON Feed',
  'feed.readMore': '보도자료 전문 보기',
  'feed.corrected': '정정·수정 이력',
  'feed.withdrawnTitle': '[철회] {title}',
  'feed.withdrawnText': '이 보도자료는 {date}에 철회되었습니다. 사유: {reason}',
  'former.withdrawnTitle': '철회된 보도자료',
  'former.withdrawnLead': '이 주소의 보도자료는 {date}에 철회되었습니다.',
  'former.withdrawnReason': '철회 사유',
  'former.originalTitle': '원래 제목',
  'former.published': '처음 배포',
  'former.withdrawnNote': '철회한 보도자료의 본문은 더 이상 싣지 않습니다. 이 안내는 주소가 끊기지 않도록 남겨 둡니다.',
  'former.movedTitle': '주소가 바뀐 보도자료',
  'former.movedLead': '이 보도자료는 {date}에 새 주소로 옮겼습니다.',
  'former.movedLink': '새 주소로 가기',
  'former.movedReason': '옮긴 까닭',
  'former.archive': '보도자료 목록',
  'ended.notice': '제주 AI 사업단의 사업 기간({start} ~ {end})이 끝났습니다.',
  'ended.figures': '최종 성과',
  'ended.budget': '예산 집행 {value}',
  'ended.budgetNone': '예산 집행 실적 미보고',
  'ended.participants': '참여 기관 {value}',
  'ended.matches': '수요·공급기업 매칭 {value}건',
  'ended.more': '최종 성과 자세히 보기',
  'ended.archive': '이 사이트는 기록으로 남아 모든 주소와 보도자료를 계속 볼 수 있습니다.',
} as const;

export type PermanenceKey = keyof typeof permanenceKo;

export function pt(key: PermanenceKey, values: Record<string, string | number> = {}): string {
  return permanenceKo[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

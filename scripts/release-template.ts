/** The text of a new release file: required fields filled, optional ones commented. */
export function releaseTemplate(fields: { title: string; category: string; organizations: string[]; date: string }): string {
  const quote = (value: string) => JSON.stringify(value);
  return `---
title: ${quote(fields.title)}
summary: ""   # 요약을 한두 문장으로 쓰세요 (목록과 검색 결과에 보입니다). 비어 있으면 검사에서 막힙니다.
date: ${fields.date}
category: ${fields.category}
tags: []
organizations: [${fields.organizations.join(', ')}]
contacts:
  - organization: jeju-technopark
    name: 제주테크노파크
    # department: 담당 부서
    # phone: 064-000-0000
    # email: press@example.kr
sources: []
# draft: true    # 공개하지 않고 미리 보기만 할 때
---

본문을 여기에 씁니다. 제목(##), 목록(-), 굵게(**…**), 링크([성과지표](/kpi/))를 쓸 수 있습니다.
`;
}

/**
 * The text of a new release file: required fields filled, optional ones commented, and a draft
 * (issue 13): merging the scaffold publishes nothing until someone deletes the draft line.
 */
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
# 초안: 공개되지 않습니다. 공개하려면 date 를 공개할 시각으로 맞추고(파일 이름의 날짜와 같은 날) 이 줄을 지우세요.
draft: true
---

본문을 여기에 씁니다. 제목(##), 목록(-), 굵게(**…**), 링크([성과지표](/kpi/))를 쓸 수 있습니다.
`;
}

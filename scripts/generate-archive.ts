/**
 * node scripts/generate-archive.ts --count 10000 --out /tmp/archive [--seed 7]
 * Writes a seeded synthetic content folder: the test base fixture (programme,
 * organisations, policy pages) plus N releases of plausible Korean programme news.
 * For benchmarks and load tests only: it refuses to write into content/.
 */
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom as random } from './lib/seeded-random.ts';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '7' } } });
if (!values.out) throw new Error('--out DIR is required');
const out = path.resolve(values.out);
if (out === path.resolve('content') || out.startsWith(`${path.resolve('content')}${path.sep}`)) {
  throw new Error('generate-archive: synthetic releases never go into content/ (refusing)');
}

const next = random(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

const companies = ['제주바이오랩', '한라코스메틱', '서귀포식품', '탐라제약', '곶자왈바이오', '용암해수연구소', '성산화장품', '애월푸드'];
const suppliers = [['estsoft', '이스트소프트'], ['samsung-sds', '삼성SDS'], ['aws', 'AWS'], ['simsys-global', '심시스글로벌']] as const;
const topics = ['품질관리', '공정 최적화', '수요 예측', '원료 추적', '데이터 분석', '불량 검출', '재고 관리', '고객 문의 응대'];
const products = ['한라봉 추출물', '감귤 발효액', '녹차 원료', '용암해수 화장품', '건강기능식품', '천연 색소'];
const categories = ['보도자료', '공지', '행사', '성과'];

function paragraph(company: string, supplier: string, topic: string, product: string): string {
  return pick([
    `${company}는 ${supplier}와 함께 ${product} 생산 라인의 ${topic}에 AI를 적용하는 과제를 진행하고 있습니다. 시험 운영 결과는 다음 달 공개할 예정입니다.`,
    `이번 과제는 ${product}을 만드는 과정에서 쌓인 데이터를 모아 ${topic} 모델을 학습시키는 것입니다. ${supplier}는 분석 도구와 교육을 제공합니다.`,
    `제주 AI 사업단은 ${company}의 ${topic} 사례를 다른 바이오기업과 공유하는 설명회를 열었습니다. 참가 기업들은 ${product} 분야의 적용 방안을 논의했습니다.`,
    `${supplier} 담당자는 현장을 방문해 ${company}의 설비 데이터 수집 상태를 점검했습니다. ${topic}에 필요한 센서와 기록 방식도 함께 정리했습니다.`,
  ]);
}

mkdirSync(out, { recursive: true });
cpSync(path.resolve('tests/fixtures/site-base'), out, { recursive: true });
// Every tag a release below may carry, in the vocabulary (content/tags.yaml's format), after the base fixture's own.
const tagWords = [...new Set([...topics, ...products.map((p) => p.split(' ')[0] ?? p)])];
appendFileSync(path.join(out, 'tags.yaml'), tagWords.map((tag) => `  ${tag}: ${tag} (합성 자료)\n`).join(''));
const count = Number(values.count);
const start = Date.UTC(2025, 11, 17);
const span = Date.UTC(2026, 11, 31) - start;
for (let i = 0; i < count; i += 1) {
  const company = pick(companies);
  const [supplierId, supplier] = pick(suppliers);
  const topic = pick(topics);
  const product = pick(products);
  // Spread over the programme; hours in KST office time.
  const day = new Date(start + Math.floor((i / count) * span));
  const ymd = day.toISOString().slice(0, 10);
  const hour = String(9 + Math.floor(next() * 9)).padStart(2, '0');
  const id = `${ymd}-news-${String(i + 1).padStart(5, '0')}`;
  const body = Array.from({ length: 3 + Math.floor(next() * 4) }, () => paragraph(company, supplier, topic, product));
  const text = `---
title: ${company}, ${supplier}와 ${topic} AI 과제 ${pick(['착수', '중간 점검', '성과 공유', '협약'])}
summary: ${company}가 ${product} 분야의 ${topic}에 AI를 도입하는 과제 소식입니다.
date: ${ymd}T${hour}:00:00+09:00
category: ${pick(categories)}
tags: [${topic}, ${product.split(' ')[0]}]
organizations: [jeju-technopark, ${supplierId}]
contacts:
  - organization: jeju-technopark
    name: 제주테크노파크
sources: [bizdaily-2025-12-20]
---

## ${topic} 과제

${body.join('\n\n')}

- 대상: ${product}
- 참여: ${company}, ${supplier}
`;
  const folder = path.join(out, 'releases', ymd.slice(0, 4));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${id}.mdx`), text);
}
process.stdout.write(`synthetic archive: ${count} releases in ${out}\n`);

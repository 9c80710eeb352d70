/**
 * Writes a synthetic full-year KPI dataset into tests/fixtures/kpi-synthetic/ — a whole
 * content folder (programme, organisations, budget, matches, revisions, releases) for
 * development, tests and demos. Seeded: the same seed always gives the same files.
 * Never writes into content/: the real content carries only reported facts.
 *
 *   node scripts/generate-kpi-fixture.ts [--seed 2026] [--out tests/fixtures/kpi-synthetic]
 *   PORTAL_CONTENT_DIR=tests/fixtures/kpi-synthetic PORTAL_AS_OF=2026-07-01 npm run build
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom as random } from './lib/seeded-random.ts';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SEED = 2026;
export const FIXTURE_DIR = 'tests/fixtures/kpi-synthetic';


const MONTHS = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
const SOURCES = [
  { key: 'national', name: '국비', amount: 14000 },
  { key: 'other', name: '지방비·민간', amount: 9300 },
];
const DEMAND = ['한라화장품', '서귀바이오', '성산식품', '애월제약', '구좌생명', '표선코스메틱', '조천헬스', '한림발효', '우도식품', '남원바이오랩', '대정팜', '김녕뷰티'];
const SUPPLY_NEW = [
  ['tamna-ai', '탐라에이아이'],
  ['island-vision', '아일랜드비전'],
  ['ocean-data', '오션데이터'],
  ['basalt-ml', '현무암ML'],
] as const;
const REAL_SUPPLY = ['estsoft', 'samsung-sds', 'aws', 'simsys-global'];
const STAGES = ['consultation', 'agreement', 'project-started', 'completed'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function dayIn(month: string, rand: () => number): string {
  return `${month}-${pad(1 + Math.floor(rand() * 28))}`;
}

const PROGRAMME = `# 합성(가상) 자료: 개발·시험용. scripts/generate-kpi-fixture.ts가 만듭니다. 손으로 고치지 마세요.
name:
  ko: 제주 AI 사업단
  en: Jeju AI Project Group

operator:
  organization: jeju-technopark
  head: 지영흔
  headTitle: 원장
  source: bizdaily-2025-12-20

partners:
  - jeju-province

funder:
  organization: mss
  programme: 지역주도형 AI 대전환 사업
  selection: 공모에 참여한 13개 지방자치단체 가운데 제주만 선정
  source: bizdaily-2025-12-20

period:
  start: 2025-12-17
  end: 2026-12-31
  source: bizdaily-2025-12-20

sectors:
  - 화장품
  - 식품
  - 의약
  - 생명공학

aims:
  - 제주 바이오기업의 AI 전환

budget:
  unit: 백만원
  total: 23300
  source: bizdaily-2025-12-20
  sources:
${SOURCES.map((s) => `    - key: ${s.key}\n      name: ${s.name}\n      amount: ${s.amount}\n      itemised: true\n      source: ${s.key === 'national' ? 'bizdaily-2025-12-20' : 'synthetic'}`).join('\n')}

membership:
  reported: 20
  label: 약 20개 기관
  asOf: 2025-12-17
  source: bizdaily-2025-12-20

licence:
  name: 공공누리 제1유형 (출처표시)

targets:
  - kpi: matches.agreement
    value: 15
    label: 협약 15건 (가상 목표)
    source: synthetic

sources:
  bizdaily-2025-12-20:
    publisher: 비즈데일리(BizDaily)
    date: 2025-12-20
    section: 경제 섹션
  synthetic:
    publisher: 합성 시험 자료
    date: 2026-12-31
    title: 개발용 가상 데이터
`;

const REAL_ORGS: [string, string, string, string][] = [
  ['jeju-technopark', '제주테크노파크', 'operator', 'public'],
  ['jeju-province', '제주특별자치도', 'operator', 'public'],
  ['mss', '중소벤처기업부', 'funder', 'public'],
  ['estsoft', '이스트소프트', 'supply', 'ai-ict'],
  ['samsung-sds', '삼성SDS', 'supply', 'ai-ict'],
  ['aws', 'AWS', 'supply', 'ai-ict'],
  ['simsys-global', '심시스글로벌', 'supply', 'ai-ict'],
  ['uni-jeju', '㈜유앤아이제주', 'demand', 'bio'],
];

export function generateKpiFixture(seed = DEFAULT_SEED): Record<string, string> {
  const rand = random(seed);
  const files: Record<string, string> = {};
  files['programme.yaml'] = PROGRAMME;

  // Organisations: the real ones plus synthetic demand and supply companies; about 20 members.
  const demandIds = ['uni-jeju', ...DEMAND.map((_, i) => `demand-${pad(i + 1)}`)];
  const supplyIds = [...REAL_SUPPLY, ...SUPPLY_NEW.map(([id]) => id)];
  const orgs: string[] = [];
  const member = (joined: string) => `  membership:\n    status: member\n    joined: ${joined}\n    source: synthetic\n`;
  REAL_ORGS.forEach(([id, name, role, sector], i) => {
    const joined = i < 3 || role === 'supply' || id === 'uni-jeju' ? '2025-12-17' : undefined;
    orgs.push(`- id: ${id}\n  name: ${name}\n  roles: [${role}]\n  sector: ${sector}\n${joined ? member(joined) : ''}  firstMentioned: 2025-12-17\n  source: bizdaily-2025-12-20\n`);
  });
  DEMAND.forEach((name, i) => {
    const sector = ['cosmetics', 'food', 'pharma', 'biotech'][i % 4];
    const joinedMonth = MONTHS[1 + Math.floor(rand() * 5)] ?? '2026-01';
    const joined = i < 8 ? dayIn(joinedMonth, rand) : undefined;
    orgs.push(`- id: demand-${pad(i + 1)}\n  name: (가상) ${name}\n  roles: [demand]\n  sector: ${sector}\n${joined ? member(joined) : ''}  firstMentioned: ${joined ?? '2026-01-05'}\n  source: synthetic\n`);
  });
  SUPPLY_NEW.forEach(([id, name], i) => {
    const joined = i < 2 ? dayIn(MONTHS[2 + i] ?? '2026-02', rand) : undefined;
    orgs.push(`- id: ${id}\n  name: (가상) ${name}\n  roles: [supply]\n  sector: ai-ict\n${joined ? member(joined) : ''}  firstMentioned: ${joined ?? '2026-02-01'}\n  source: synthetic\n`);
  });
  files['organizations.yaml'] = `# 합성(가상) 자료: 개발·시험용. 손으로 고치지 마세요.\n${orgs.join('\n')}`;

  // Budget: a plan for every month and source, execution for every month (some below plan).
  const lines = ['month,source,planned,executed,note'];
  for (const source of SOURCES) {
    const weights = MONTHS.map((_, i) => (i === 0 ? 0.3 : 1 + 0.5 * Math.sin(i / 2) + rand() * 0.3));
    const sum = weights.reduce((a, b) => a + b, 0);
    let plannedLeft = source.amount;
    let executedTotal = 0;
    MONTHS.forEach((month, i) => {
      const planned = i === MONTHS.length - 1 ? plannedLeft : Math.floor((source.amount * (weights[i] ?? 1)) / sum);
      plannedLeft -= planned;
      let executed = Math.floor(planned * (0.55 + rand() * 0.4));
      if (executedTotal + executed > source.amount) executed = source.amount - executedTotal;
      executedTotal += executed;
      const money = (n: number) => (n >= 1000 ? `"${n.toLocaleString('en-US')}"` : String(n));
      const note = i === 3 && source.key === 'national' ? '정정: 증빙 재확인 반영' : '';
      lines.push(`${month},${source.key},${money(planned)},${money(executed)},${note}`);
    });
  }
  files['budget.csv'] = `${lines.join('\n')}\n`;

  // Matches: pairs that move through the stages over the year.
  const pairs: string[] = [];
  const used = new Set<string>();
  let n = 0;
  while (n < 24) {
    const demand = demandIds[Math.floor(rand() * demandIds.length)] ?? 'uni-jeju';
    const supply = supplyIds[Math.floor(rand() * supplyIds.length)] ?? 'estsoft';
    if (used.has(`${demand}|${supply}`)) continue;
    used.add(`${demand}|${supply}`);
    n += 1;
    let date = n === 1 ? '2025-12-17' : dayIn(MONTHS[Math.min(1 + Math.floor(rand() * 9), 12)] ?? '2026-01', rand);
    const stages = [`    - stage: consultation\n      date: ${date}`];
    for (const stage of STAGES.slice(1)) {
      if (rand() < 0.45) break;
      date = addDays(date, 20 + Math.floor(rand() * 60));
      if (date > '2026-12-31') break;
      stages.push(`    - stage: ${stage}\n      date: ${date}`);
    }
    const release = n === 1 ? '  release: 2025-12-17-ai-matching-day\n' : '';
    pairs.push(`- id: pair-${pad(n)}\n  demand: ${demand}\n  supply: ${supply}\n  stages:\n${stages.join('\n')}\n${release}  source: ${n === 1 ? 'bizdaily-2025-12-20' : 'synthetic'}\n`);
  }
  files['matches.yaml'] = `# 합성(가상) 자료: 개발·시험용. 손으로 고치지 마세요.\n${pairs.join('\n')}`;

  files['revisions.yaml'] = `# 합성(가상) 변경 기록
- date: 2026-04-20
  dataset: budget
  note: 2026년 3월 국비 집행액을 증빙 재확인에 따라 바로잡았습니다.
  source: synthetic
- date: 2026-02-02
  dataset: matches
  note: pair-01의 상담 날짜를 행사일(2025-12-17)로 맞췄습니다.
`;

  // Releases: the matching day, and a mid-year report quoting the budget with <Stat>.
  const budgetRows = lines.slice(1).map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
  const executedThroughJune = budgetRows
    .filter(([month]) => (month ?? '') <= '2026-06')
    .reduce((acc, cells) => acc + Number((cells[3] ?? '0').replace(/[",]/g, '')), 0);
  const eok = Math.round(executedThroughJune / 100);
  const contact = 'contacts:\n  - organization: jeju-technopark\n    name: 제주테크노파크';
  // The tag vocabulary the two releases choose from (content/tags.yaml's format).
  files['tags.yaml'] = `# 시험용 태그 목록 (합성 자료). 형식은 content/tags.yaml과 같습니다: 한 줄에 '태그: 설명'.
tags:
  매칭데이: (가상) AI 수요·공급기업 매칭데이
  성과지표: (가상) 사업 추진 현황과 성과지표
`;
  files['releases/2025/2025-12-17-ai-matching-day.mdx'] = `---
title: (가상) AI 수요·공급기업 매칭데이
summary: 합성 시험 자료입니다. 수요기업과 공급기업이 일대일로 만났습니다.
date: 2025-12-17
category: 행사
tags: [매칭데이]
organizations: [jeju-technopark, uni-jeju, estsoft]
${contact}
sources: [bizdaily-2025-12-20]
---

합성 시험 자료입니다. 매칭데이에서 첫 상담이 이뤄졌습니다.
`;
  files['releases/2026/2026-07-10-half-year-report.mdx'] = `---
title: (가상) 상반기 사업 추진 현황
summary: 합성 시험 자료입니다. 2026년 6월 말까지의 예산 집행과 매칭 현황입니다.
date: 2026-07-10
category: 성과
tags: [성과지표]
organizations: [jeju-technopark]
${contact}
sources: [synthetic]
---

2026년 6월 말까지 누적 집행액은 <Stat kpi="budget.executed" at="2026-06" value="${eok}억 원" />입니다.

자세한 수치는 [성과지표](/kpi/budget/)에서 볼 수 있습니다.
`;
  return files;
}

export function writeKpiFixture(root: string, seed = DEFAULT_SEED): string[] {
  const files = generateKpiFixture(seed);
  rmSync(root, { recursive: true, force: true });
  for (const [relative, body] of Object.entries(files)) {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  return Object.keys(files).sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const outAt = args.indexOf('--out');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : DEFAULT_SEED;
  const out = path.resolve(outAt >= 0 ? (args[outAt + 1] ?? FIXTURE_DIR) : FIXTURE_DIR);
  if (path.resolve(out) === path.resolve('content') || path.resolve(out).startsWith(path.resolve('content') + path.sep)) {
    process.stderr.write('content/ 폴더에는 합성 자료를 쓰지 않습니다 (refusing to write synthetic data into content/)\n');
    process.exit(1);
  }
  const written = writeKpiFixture(out, seed);
  process.stdout.write(`${written.length} files → ${path.relative(process.cwd(), out)} (seed ${seed})\n`);
}

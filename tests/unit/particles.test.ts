/**
 * Particles after a value are chosen from the value (src/i18n/particle.ts, `{name|이/가}` in
 * src/i18n/fill.ts): a test reads every template of the dictionary and fails on a particle written
 * after a placeholder (`'{value}'와`), on a chosen particle that follows another value than the one
 * it names, and on a particle after a parenthetical that does not fit the word before it.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill.ts';
import { ko } from '../../src/i18n/ko.ts';
import { numeralEnd, particle } from '../../src/i18n/particle.ts';

/** The pairs es-hangul chooses from (either order in a template). */
const PAIRS: readonly string[] = ['이/가', '을/를', '은/는', '으로/로', '와/과', '이나/나', '이란/란', '아/야', '이랑/랑', '이에요/예요', '으로서/로서', '으로써/로써', '으로부터/로부터', '이라/라'];

function knownPair(pair: string): boolean {
  const [a = '', b = '', ...more] = pair.split('/');
  return more.length === 0 && PAIRS.includes(`${a}/${b}`);
}

/** Particles whose form depends on the 받침 before them, with the pair that chooses each. */
const VARIABLE: [string, string][] = [
  ['으로부터', '으로부터/로부터'], ['로부터', '으로부터/로부터'], ['으로서', '으로서/로서'], ['로서', '으로서/로서'],
  ['으로써', '으로써/로써'], ['로써', '으로써/로써'], ['으로', '으로/로'], ['이에요', '이에요/예요'], ['예요', '이에요/예요'],
  ['이나', '이나/나'], ['이란', '이란/란'], ['이랑', '이랑/랑'], ['이라', '이라/라'], ['이', '이/가'], ['가', '이/가'],
  ['은', '은/는'], ['는', '은/는'], ['을', '을/를'], ['를', '을/를'], ['와', '와/과'], ['과', '와/과'], ['로', '으로/로'],
  ['나', '이나/나'], ['란', '이란/란'], ['랑', '이랑/랑'], ['라', '이라/라'], ['아', '아/야'], ['야', '아/야'],
];
/** Marks that close a quoted value and are silent before its particle. */
const CLOSERS = `'"’”」』》〉>\\]`;

function variableParticle(text: string): [string, string] | undefined {
  return VARIABLE.find(([form]) => text.startsWith(form));
}

/**
 * What is wrong with the particles of one template: a variable particle written right after a
 * placeholder (quotes between are silent), a chosen `{x|pair}` that does not follow `{x}`, and a
 * particle after `(…)` that does not fit the word before the parenthesis (Korean reads past it).
 */
export function particleProblems(template: string): string[] {
  const problems: string[] = [];
  const token = /\{(\w+)(?:\|([^}]+))?\}/g;
  for (const match of template.matchAll(token)) {
    const [whole, name = '', pair] = match;
    const start = match.index;
    const before = template.slice(0, start);
    if (pair !== undefined) {
      if (!knownPair(pair)) problems.push(`${whole}: not a particle pair`);
      // The value it follows: skip quotes, then a parenthetical, back to a placeholder.
      const owner = /\{(\w+)\}['"’”」』》〉>\]]*(?:\([^()]*\))?$/.exec(before)?.[1];
      if (owner !== name) problems.push(`${whole} follows ${owner ? `{${owner}}` : 'no value'}`);
      continue;
    }
    const after = template.slice(start + whole.length);
    const closers = new RegExp(`^[${CLOSERS}]*`).exec(after)?.[0] ?? '';
    const written = variableParticle(after.slice(closers.length));
    if (written) problems.push(`${whole}${closers}${written[0]}: particle written, not chosen (${whole}${closers}{${name}|${written[1]}})`);
    // A parenthetical ending in a value: the particle after it fits the word before the parenthesis.
    const paren = /^([^()]*)\)/.exec(after);
    const open = before.lastIndexOf('(');
    if (paren && open >= 0 && !before.slice(open).includes(')')) {
      const next = after.slice((paren[0] ?? '').length);
      const afterParen = variableParticle(next);
      if (!afterParen) continue;
      const word = /(\S+)$/.exec(template.slice(0, open))?.[1] ?? '';
      if (/\{\w+\}['"’”」』》〉>\]]*$/.test(word)) problems.push(`${word}(…)${afterParen[0]}: particle after a value's parenthetical, not chosen`);
      else if (word && particle(word, afterParen[1]) !== afterParen[0]) problems.push(`${word}(…)${afterParen[0]}: should be ${particle(word, afterParen[1])}`);
    }
  }
  return problems;
}

/** Every template of the dictionary, by key (a message's Korean, English and fix separately). */
function templates(): [string, string][] {
  return Object.entries(ko).flatMap(([key, value]) =>
    typeof value === 'string' ? [[key, value] as [string, string]] : Object.entries(value as Record<string, string>).map(([part, text]) => [`${key}.${part}`, text] as [string, string]),
  );
}

describe('particles in the dictionary', () => {
  it('are chosen from the value after every placeholder of every entry', () => {
    const all = templates();
    expect(all.length).toBeGreaterThan(1000);
    // The check sees real choices: the dictionary chooses many particles.
    expect(all.filter(([, text]) => /\{\w+\|[^}]+\}/.test(text)).length).toBeGreaterThan(50);
    expect(all.flatMap(([key, text]) => particleProblems(text).map((p) => `${key}: ${p}`))).toEqual([]);
  });

  it('the check finds a written particle, a misplaced choice and a wrong one after a parenthesis', () => {
    expect(particleProblems("금액 '{value}'와 다릅니다")).toEqual(["{value}'와: particle written, not chosen ({value}'{value|와/과})"]);
    expect(particleProblems('{a}는 {b}가 없고 「{c}」을')).toHaveLength(3);
    expect(particleProblems("'{value}'{value|와/과} '{now}'{now|이/가} 다릅니다")).toEqual([]);
    expect(particleProblems('{name}({id}){name|은/는} 없습니다')).toEqual([]);
    expect(particleProblems('{name}({id}){id|은/는} 없습니다')).toEqual(['{id|은/는} follows {name}']);
    expect(particleProblems('{x}{x|이/가/는} 없습니다')).toEqual(['{x|이/가/는}: not a particle pair']);
    expect(particleProblems('총사업비({total})와 합({sum})이 다릅니다')).toEqual([]);
    expect(particleProblems('총사업비({total})과 다릅니다')).toEqual(['총사업비(…)과: should be 와']);
    expect(particleProblems('{name}({id})은 없습니다')).toEqual(['{name}(…)은: particle after a value\'s parenthetical, not chosen']);
    // Particle-free text after a value is left alone: 에, 의, 도, 까지, 입니다.
    expect(particleProblems('{date}에 {org}의 {n}도 {end}까지 {label}입니다')).toEqual([]);
  });
});

describe('choosing a particle', () => {
  it('reads figures as Korean numerals', () => {
    const cases: [string, string][] = [
      ['0', '영'], ['1', '일'], ['2', '이'], ['3', '삼'], ['10', '십'], ['20', '십'], ['100', '백'], ['1,000', '천'],
      ['1,100', '백'], ['10,000', '만'], ['100,000,000', '억'], ['12', '이'], ['1.5', '오'], ['2.0', '영'], ['007', '칠'],
    ];
    expect(cases.map(([figure]) => [figure, numeralEnd(figure)])).toEqual(cases);
  });

  it('gives the examples of the issue the right particle', () => {
    expect(fill("'{v}'{v|와/과}", { v: '120억 원' })).toBe("'120억 원'과");
    expect(fill("'{v}'{v|이/가}", { v: '117억 원' })).toBe("'117억 원'이");
    expect(fill("'{v}'{v|은/는}", { v: '1，100' })).toBe("'1，100'은");
    expect(fill("'{v}'{v|은/는}", { v: '12억' })).toBe("'12억'은");
  });

  it('after figures, units and symbols', () => {
    const cases: [string, string, string][] = [
      ['1', '으로/로', '로'], ['7', '으로/로', '로'], ['8', '으로/로', '로'], ['3', '으로/로', '으로'], ['10', '으로/로', '으로'],
      ['2', '이/가', '가'], ['1,000', '을/를', '을'], ['60%', '은/는', '는'], ['39개 기관', '이/가', '이'], ['약 20개 기관', '이/가', '이'],
      ['5천만 원', '와/과', '과'], ['2025-12-17', '이/가', '이'], ['2026-12', '이/가', '가'], ['1.2 MB', '은/는', '는'],
    ];
    expect(cases.map(([word, pair]) => [word, pair, particle(word, pair)])).toEqual(cases);
  });

  it('after a pair in es-hangul order', () => {
    expect([particle('비', '와/과'), particle('원', '와/과')]).toEqual(['와', '과']);
  });

  it('after Latin ids, file names and acronyms', () => {
    const cases: [string, string, string][] = [
      ['jeju-tp', '이/가', '가'], ['jeju-technopark', '이/가', '가'], ['SDS', '와/과', '와'], ['LG', '이/가', '가'],
      ['published.json', '을/를', '을'], ['withdrawals.yaml', '와/과', '과'], ['budget.csv', '은/는', '는'], ['npm', '으로/로', '으로'],
      ['AI', '이/가', '가'], ['URL', '은/는', '은'], ['samsung', '이/가', '이'], ['x', '이/가', '가'], ['「AI 대전환」', '을/를', '을'],
    ];
    expect(cases.map(([word, pair]) => [word, pair, particle(word, pair)])).toEqual(cases);
  });

  it("knows es-hangul's pairs, in its order ('와/과')", () => {
    expect([knownPair('이/가'), knownPair('와/과'), knownPair('과/와'), knownPair('가/이'), knownPair('이/는')]).toEqual([true, true, false, false, false]);
  });
});

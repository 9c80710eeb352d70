/**
 * Reading YAML with syntax errors (src/content-io/yaml-source.ts): what can still be checked, and
 * that nothing is recovered from a file with tags or aliases (those are never read).
 */
import { describe, expect, it } from 'vitest';
import { parseYamlSource, readableYaml } from '../../src/content-io/yaml-source.ts';

describe('YAML with syntax errors', () => {
  it('an unquoted ": " is read as the message says to fix it, the whole file then checked', () => {
    const parsed = parseYamlSource('title: 제주 AI: 출범 # 메모\nsummary: 요약\n', 'x.yaml');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map((p) => [p.line, p.column, p.fix])).toEqual([[1, 8, '값 전체를 큰따옴표로 감싸세요: title: "제주 AI: 출범"']]);
    expect(readableYaml(parsed)).toMatchObject({ complete: true, value: { title: '제주 AI: 출범', summary: '요약' } });
  });

  it('two ": " on one line get one fix', () => {
    const parsed = parseYamlSource('title: a: b: c\n', 'x.yaml');
    expect(new Set(parsed.problems.map((p) => p.fix))).toEqual(new Set(['값 전체를 큰따옴표로 감싸세요: title: "a: b: c"']));
    expect(readableYaml(parsed)?.value).toEqual({ title: 'a: b: c' });
  });

  it('another error: only the entries that end before it are trusted', () => {
    const recovered = readableYaml(parseYamlSource('a: 1\nb: [x, y\nc: 3\n', 'x.yaml'));
    expect(recovered?.complete).toBe(false);
    expect([['a'], ['b', 0], ['c'], []].map((path) => recovered?.keep(path))).toEqual([true, false, false, false]);
  });

  it('recovers nothing from a file with an alias or a tag', () => {
    expect(readableYaml(parseYamlSource('a: &x 1\nb: *x\ntitle: a: b\n', 'x.yaml'))).toBeUndefined();
    expect(readableYaml(parseYamlSource('a: !!binary aGk=\ntitle: a: b\n', 'x.yaml'))).toBeUndefined();
  });

  it("text after an unquoted ' #' is named (YAML would drop it as a comment), and quoting it as the message says passes", () => {
    const parsed = parseYamlSource('summary: 요약\ntitle: 제주 #1 행사\ntags:\n  - 제주 #2\n', 'x.yaml');
    expect(parsed.problems.map((p) => [p.line, p.column, p.fix.split('. ')[0]])).toEqual([
      [2, 8, '글의 일부라면 값 전체를 큰따옴표로 감싸세요: "제주 #1 행사"'],
      [4, 5, '글의 일부라면 값 전체를 큰따옴표로 감싸세요: "제주 #2"'],
    ]);
    const fixed = parseYamlSource('summary: 요약\ntitle: "제주 #1 행사"\n# 메모는 따로 한 줄에\n', 'x.yaml');
    expect(fixed.problems).toEqual([]);
    expect(fixed.value).toEqual({ summary: '요약', title: '제주 #1 행사' });
  });

  it('a file without problems is readable as it is', () => {
    expect(readableYaml(parseYamlSource('title: "a: b"\n', 'x.yaml'))).toMatchObject({ complete: true, value: { title: 'a: b' } });
  });
});

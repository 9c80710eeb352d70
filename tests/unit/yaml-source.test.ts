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

  it('a file without problems is readable as it is', () => {
    expect(readableYaml(parseYamlSource('title: "a: b"\n', 'x.yaml'))).toMatchObject({ complete: true, value: { title: 'a: b' } });
  });
});

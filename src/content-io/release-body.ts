/** Parses a release body with the build's own MDX parser (Sätteri) and applies the body rules. */
import { mdxToMdast } from 'satteri';
import type { Problem } from '../lib/problems.ts';
import { checkReleaseBody, type BodyNode } from '../schemas/release-body.ts';

export function releaseBodyProblems(body: string, file: string, firstLine: number, releaseIds: ReadonlySet<string>): Problem[] {
  const shift = (line: number) => line + firstLine - 1;
  let tree: BodyNode;
  try {
    tree = mdxToMdast(body) as unknown as BodyNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = /^(\d+):(\d+)/.exec(message);
    const problem: Problem = {
      file,
      field: '(본문)',
      severity: 'error',
      ko: 'MDX 문법 오류입니다 (닫히지 않은 태그, 짝이 맞지 않는 { } 등)',
      en: `MDX does not parse: ${message.replace(/^\d+:\d+:\s*/, '')}`,
      fix: '태그를 닫거나(<b>…</b>), 글자 그대로 쓰려면 < 와 { 앞에 \\ 를 붙이세요',
    };
    if (where) {
      problem.line = shift(Number(where[1]));
      problem.column = Number(where[2]);
    }
    return [problem];
  }
  return checkReleaseBody(tree, releaseIds).map(({ line, column, ...finding }) => {
    const problem: Problem = { file, severity: 'error', ...finding };
    if (line !== undefined) {
      problem.line = shift(line);
      if (column !== undefined) problem.column = column;
    }
    return problem;
  });
}

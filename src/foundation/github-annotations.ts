/**
 * Problems as GitHub Actions workflow commands, so a pull request shows each
 * validation message on the changed line: `::error file=…,line=…,col=…,title=…::message`.
 */
import { formatProblem, type Problem } from './problems.ts';

/** Escaping rules of workflow commands: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function toGithubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  if (problem.line !== undefined && problem.column !== undefined) properties.push(`col=${problem.column}`);
  properties.push(`title=${escapeProperty(`${problem.field} — ${problem.ko}`)}`);
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  return `::${command} ${properties.join(',')}::${escapeData(formatProblem(problem))}`;
}

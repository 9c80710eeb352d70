/**
 * The GitHub workflow files cannot run here. Two checks stand in for a first run:
 * - the schema: each file is checked against GitHub's own published workflow schema (the one
 *   in @actions/workflow-parser, used by the GitHub Actions editor tooling), so a typo does
 *   not wait for the first pull request;
 * - the structure: each file is parsed (yaml) and its permissions, jobs and steps are checked
 *   as data, so a step that is commented out, disabled with `if:` or only mentioned in a shell
 *   comment counts as missing, and a deploy token outside the deploy job is caught
 *   (docs/deploy.md says why the permissions are laid out this way).
 * Every structural rule is also shown to fail on a modified in-memory copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { REPO_ROOT } from '../helpers/paths.ts';

const dir = path.join(REPO_ROOT, '.github/workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

const errorsOf = (name: string, content: string) =>
  parseWorkflow({ name, content }, new NoOperationTraceWriter()).context.errors.getErrors().map((e) => e.message);

// ---------------------------------------------------------------------------------------------
// The structural checker: a parsed workflow in, a list of problems out ([] = as required).

type YamlMap = Record<string, unknown>;
type Level = 'read' | 'write';
type Grants = Record<string, Level>;

const isMap = (value: unknown): value is YamlMap => typeof value === 'object' && value !== null && !Array.isArray(value);
const asMap = (value: unknown): YamlMap => (isMap(value) ? value : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The token scopes GitHub knows; `read-all` / `write-all` grant every one of them. */
const SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues',
  'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
];

/** A `permissions:` value as the grants it makes; undefined when the key is absent. */
function grantsOf(value: unknown): Grants | undefined {
  if (value === undefined) return undefined;
  if (value === 'read-all' || value === 'write-all') {
    const level: Level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((scope) => [scope, level]));
  }
  const grants: Grants = {};
  for (const [scope, level] of Object.entries(asMap(value))) {
    if (level === 'read' || level === 'write') grants[scope] = level;
  }
  return grants;
}

const describeGrants = (grants: Grants) =>
  Object.keys(grants).length === 0 ? 'nothing' : Object.entries(grants).map(([scope, level]) => `${scope}: ${level}`).join(', ');

/** Grants beyond `allowed` (a write where only read is allowed counts as beyond). */
function excess(grants: Grants, allowed: Grants): string[] {
  return Object.entries(grants)
    .filter(([scope, level]) => !(scope in allowed) || (level === 'write' && allowed[scope] === 'read'))
    .map(([scope, level]) => `${scope}: ${level}`);
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with: YamlMap;
  env: YamlMap;
  if?: unknown;
  'continue-on-error'?: unknown;
}

interface Job {
  id: string;
  raw: YamlMap;
  steps: Step[];
  env: YamlMap;
}

const stepOf = (raw: unknown): Step => {
  const step = asMap(raw);
  return { ...step, with: asMap(step['with']), env: asMap(step['env']) } as Step;
};

function jobsOf(workflow: YamlMap): Job[] {
  return Object.entries(asMap(workflow['jobs'])).map(([id, raw]) => {
    const job = asMap(raw);
    const steps = Array.isArray(job['steps']) ? job['steps'].map(stepOf) : [];
    return { id, raw: job, steps, env: asMap(job['env']) };
  });
}

/** The commands a `run:` step executes: its lines, without blank lines and shell comments. */
function commandsOf(step: Step): string[] {
  return (step.run ?? '')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const runs = (command: string) => (step: Step) => commandsOf(step).includes(command);
/** `uses: owner/name@ref` of the given action (any ref). */
const usesAction = (action: string) => (step: Step) => (step.uses ?? '').split('@')[0] === action;
const stepLabel = (step: Step) => step.name ?? step.uses ?? commandsOf(step)[0] ?? '(empty step)';
const samePath = (value: unknown, expected: string) => text(value)?.replace(/\/+$/, '') === expected.replace(/\/+$/, '');

class Problems {
  readonly list: string[] = [];
  constructor(private readonly file: string) {}
  add(where: string, message: string): void {
    this.list.push(`${this.file} ${where}: ${message}`);
  }

  /** The index of the one active step matching, or -1 (and a problem) when there is none. */
  step(job: Job, label: string, matches: (step: Step) => boolean): number {
    const index = job.steps.findIndex(matches);
    if (index < 0) {
      this.add(job.id, `no step ${label}`);
      return -1;
    }
    const step = job.steps[index]!;
    if (step.if !== undefined) this.add(job.id, `the step ${label} only runs under a condition (if: ${String(step.if)})`);
    if (step['continue-on-error'] !== undefined && step['continue-on-error'] !== false) {
      this.add(job.id, `the step ${label} may fail without failing the job (continue-on-error)`);
    }
    return index;
  }

  /** Each located step (index ≥ 0) must come before the next one in the list. */
  order(job: Job, steps: [string, number][]): void {
    const found = steps.filter(([, index]) => index >= 0);
    for (let i = 1; i < found.length; i++) {
      const [before, a] = found[i - 1]!;
      const [after, b] = found[i]!;
      if (a >= b) this.add(job.id, `the step ${before} must come before the step ${after}`);
    }
  }

  /** Checkouts leave no token in .git/config: no job here pushes. */
  checkouts(jobs: Job[]): void {
    for (const job of jobs) {
      for (const step of job.steps.filter(usesAction('actions/checkout'))) {
        const persist = step.with['persist-credentials'];
        if (persist !== false && persist !== 'false') this.add(job.id, 'actions/checkout without persist-credentials: false');
      }
    }
  }

  /**
   * One as-of instant per run: exactly one step writes PORTAL_AS_OF (a UTC instant from
   * `date -u`) to $GITHUB_ENV before the steps that read it, and no env: block sets or
   * overrides PORTAL_AS_OF (a step's env would win over $GITHUB_ENV).
   */
  asOf(workflow: YamlMap, job: Job, readers: [string, number][]): void {
    const writes = (step: Step) => commandsOf(step).some((c) => /PORTAL_AS_OF=/.test(c) && />>\s*"?\$GITHUB_ENV"?\s*$/.test(c));
    const pins = job.steps.map((step, index) => [step, index] as const).filter(([step]) => writes(step));
    if (pins.length !== 1) {
      this.add(job.id, pins.length === 0 ? 'PORTAL_AS_OF is not pinned (no step writes it to $GITHUB_ENV)' : 'PORTAL_AS_OF is written to $GITHUB_ENV more than once');
    }
    const [pin, index] = pins[0] ?? [undefined, -1];
    if (pin) {
      this.step(job, 'pinning PORTAL_AS_OF', (step) => step === pin);
      if (!commandsOf(pin).some((c) => c.includes('$(date -u +%Y-%m-%dT%H:%M:%SZ)'))) {
        this.add(job.id, 'PORTAL_AS_OF is not taken from `date -u +%Y-%m-%dT%H:%M:%SZ`');
      }
      for (const [label, reader] of readers) {
        if (reader >= 0 && reader < index) this.add(job.id, `PORTAL_AS_OF is pinned after the step ${label}`);
      }
    }
    const envs: [string, YamlMap][] = [
      ['the workflow env', asMap(workflow['env'])],
      ['the job env', job.env],
      ...job.steps.map((step): [string, YamlMap] => [`the env of the step ${stepLabel(step)}`, step.env]),
    ];
    for (const [where, env] of envs) {
      if ('PORTAL_AS_OF' in env) this.add(job.id, `${where} sets PORTAL_AS_OF, which would not be the pinned instant`);
    }
  }
}

/** .github/workflows/deploy.yml: build with a read-only token, publish from a job that runs nothing else. */
function checkDeploy(workflow: YamlMap, file = 'deploy.yml'): string[] {
  const problems = new Problems(file);
  const on = asMap(workflow['on']);
  for (const trigger of Object.keys(on)) {
    if (!['push', 'schedule', 'workflow_dispatch'].includes(trigger)) problems.add('on', `unexpected trigger ${trigger}`);
  }
  const branches = asMap(on['push'])['branches'];
  if (!Array.isArray(branches) || !branches.includes('main')) problems.add('on', 'does not build on a push to main');
  const crons = Array.isArray(on['schedule']) ? on['schedule'].map((entry) => text(asMap(entry)['cron'])) : [];
  if (!crons.some((cron) => cron !== undefined && /^\d{1,2} \* \* \* \*$/.test(cron))) problems.add('on', 'no hourly schedule');
  if (!('workflow_dispatch' in on)) problems.add('on', 'cannot be started by hand (workflow_dispatch)');

  const top = grantsOf(workflow['permissions']);
  if (top === undefined) problems.add('permissions', 'not set at workflow level (the repository default would apply)');
  else if (excess(top, { contents: 'read' }).length > 0) problems.add('permissions', `the workflow grants ${excess(top, { contents: 'read' }).join(', ')}; at most contents: read`);

  const jobs = jobsOf(workflow);
  const deploy = jobs.find((job) => job.id === 'deploy');
  if (!deploy) {
    problems.add('jobs', 'no deploy job');
    return problems.list;
  }
  for (const job of jobs) {
    const own = grantsOf(job.raw['permissions']);
    if (own === undefined) problems.add(job.id, 'no permissions of its own');
    const grants = own ?? top ?? {};
    if (job === deploy) {
      for (const scope of ['pages', 'id-token']) if (grants[scope] !== 'write') problems.add(job.id, `lacks ${scope}: write`);
      const extra = excess(grants, { pages: 'write', 'id-token': 'write' });
      if (extra.length > 0) problems.add(job.id, `holds ${extra.join(', ')} beyond pages: write and id-token: write`);
    } else {
      for (const scope of ['pages', 'id-token']) {
        if (grants[scope] === 'write') problems.add(job.id, `holds ${scope}: write, which only the deploy job may hold`);
      }
      const extra = excess(grants, { contents: 'read' }).filter((grant) => !['pages: write', 'id-token: write'].includes(grant));
      if (extra.length > 0) problems.add(job.id, `holds ${extra.join(', ')}; a job running content-driven code holds at most contents: read`);
    }
  }

  // The deploy job: no code of the repository, only the official action publishing the artifact.
  for (const key of ['uses', 'container', 'services']) {
    if (key in deploy.raw) problems.add(deploy.id, `has ${key}:, so it would run more than actions/deploy-pages`);
  }
  for (const step of deploy.steps) {
    if (step.run !== undefined) problems.add(deploy.id, `runs a command (${stepLabel(step)}); the deploy job runs no run: steps`);
    else if (usesAction('actions/checkout')(step)) problems.add(deploy.id, 'checks out the repository; the deploy job runs no content-driven code');
    else if (!usesAction('actions/deploy-pages')(step)) problems.add(deploy.id, `uses ${step.uses ?? '(nothing)'}; only actions/deploy-pages belongs there`);
  }
  if (deploy.steps.filter(usesAction('actions/deploy-pages')).length !== 1) problems.add(deploy.id, 'does not publish with exactly one actions/deploy-pages step');
  const environment = deploy.raw['environment'];
  if ((text(environment) ?? text(asMap(environment)['name'])) !== 'github-pages') problems.add(deploy.id, 'not in the github-pages environment');

  // The build job the deploy job publishes from.
  const needs = deploy.raw['needs'];
  const needed = typeof needs === 'string' ? [needs] : Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : [];
  const build = jobs.find((job) => job.id === 'build');
  if (!build) {
    problems.add('jobs', 'no build job');
    return problems.list;
  }
  if (!needed.includes(build.id)) problems.add(deploy.id, 'does not wait for the build job (needs: build)');
  const env: [string, string][] = [['PORTAL_DEPLOY', '1'], ['PORTAL_SITE', '${{ vars.PORTAL_SITE }}'], ['PORTAL_BASE', '${{ vars.PORTAL_BASE }}']];
  for (const [name, value] of env) {
    if (build.env[name] !== value) problems.add(build.id, `env ${name} is not ${value}`);
  }
  // The permanence check reads main's history: a shallow checkout would hide published releases.
  const checkout = problems.step(build, 'checking out the full history', (step) => usesAction('actions/checkout')(step) && [0, '0'].includes(step.with['fetch-depth'] as number | string));
  const ci = problems.step(build, 'running `npm ci`', runs('npm ci'));
  const validate = problems.step(build, 'running `npm run validate`', runs('npm run validate'));
  const buildStep = problems.step(build, 'running `npm run build`', runs('npm run build'));
  const upload = problems.step(build, 'uploading dist/ with actions/upload-pages-artifact', (step) => usesAction('actions/upload-pages-artifact')(step) && samePath(step.with['path'], 'dist/'));
  problems.order(build, [['checkout', checkout], ['npm ci', ci], ['npm run validate', validate], ['npm run build', buildStep], ['upload-pages-artifact', upload]]);
  problems.asOf(workflow, build, [['npm run validate', validate], ['npm run build', buildStep]]);
  problems.checkouts(jobs);
  return problems.list;
}

/** .github/workflows/pull-request.yml: everything a pull request brings runs with a read-only token. */
function checkPullRequest(workflow: YamlMap, file = 'pull-request.yml'): string[] {
  const problems = new Problems(file);
  const on = asMap(workflow['on']);
  for (const trigger of Object.keys(on)) {
    if (trigger !== 'pull_request') problems.add('on', `unexpected trigger ${trigger} (only pull_request)`);
  }
  if (!('pull_request' in on)) problems.add('on', 'does not run on pull requests');

  const only = (grants: Grants | undefined) => grants !== undefined && describeGrants(grants) === 'contents: read';
  const top = grantsOf(workflow['permissions']);
  if (!only(top)) problems.add('permissions', `the workflow grants ${top === undefined ? 'the repository default' : describeGrants(top)}; only contents: read`);
  const jobs = jobsOf(workflow);
  for (const job of jobs) {
    const own = grantsOf(job.raw['permissions']);
    if (!only(own)) problems.add(job.id, `holds ${own === undefined ? 'no permissions of its own' : describeGrants(own)}; only contents: read`);
  }

  const check = jobs.find((job) => job.id === 'check');
  if (!check) {
    problems.add('jobs', 'no check job');
    return problems.list;
  }
  const checkout = problems.step(check, 'checking out the full history', (step) => usesAction('actions/checkout')(step) && [0, '0'].includes(step.with['fetch-depth'] as number | string));
  const browser = problems.step(check, 'installing chromium and fonts-nanum', (step) =>
    commandsOf(step).some((c) => /apt-get install/.test(c) && /(^|\s)chromium(\s|$)/.test(c) && /(^|\s)fonts-nanum(\s|$)/.test(c)),
  );
  const ci = problems.step(check, 'running `npm ci`', runs('npm ci'));
  const validate = problems.step(check, 'running `npm run validate -- --changed origin/${{ github.base_ref }} --github`', (step) =>
    commandsOf(step).some((c) => /^npm run validate -- /.test(c) && c.includes(' --changed origin/${{ github.base_ref }}') && /\s--github(\s|$)/.test(c)),
  );
  const test = problems.step(check, 'running `npm test`', runs('npm test'));
  const preview = problems.step(check, 'building the preview (`npm run build` with PORTAL_SITE)', (step) => runs('npm run build')(step) && typeof step.env['PORTAL_SITE'] === 'string');
  // The artifact is the copy that opens from disk (src/build/disk-preview.ts), made from that build.
  const disk = problems.step(check, 'making the preview open from disk (`npm run preview:disk -- dist/ preview/` with PORTAL_SITE)', (step) =>
    runs('npm run preview:disk -- dist/ preview/')(step) && typeof step.env['PORTAL_SITE'] === 'string' && step.env['PORTAL_SITE'] === check.steps[preview]?.env['PORTAL_SITE'],
  );
  const upload = problems.step(check, 'uploading preview/ with actions/upload-artifact', (step) => usesAction('actions/upload-artifact')(step) && samePath(step.with['path'], 'preview/'));
  problems.order(check, [['checkout', checkout], ['browser install', browser], ['npm ci', ci], ['validate', validate], ['npm test', test], ['preview build', preview], ['disk preview', disk], ['upload-artifact', upload]]);
  problems.asOf(workflow, check, [['validate', validate], ['preview build', preview]]);
  problems.checkouts(jobs);
  return problems.list;
}

// ---------------------------------------------------------------------------------------------

const deployText = read('deploy.yml');
const prText = read('pull-request.yml');
const load = (content: string): YamlMap => asMap(parse(content));

/** A fresh parse of a workflow, changed by `change` (the file itself is never touched). */
function edited(content: string, change: (workflow: YamlMap, job: (id: string) => YamlMap, steps: (id: string) => YamlMap[]) => void): YamlMap {
  const workflow = load(content);
  const job = (id: string) => asMap(asMap(workflow['jobs'])[id]);
  const steps = (id: string) => job(id)['steps'] as YamlMap[];
  change(workflow, job, steps);
  return workflow;
}

/** The text with one line replaced; fails when the line is not there, so no case passes vacuously. */
function replaced(content: string, line: string, by: string): string {
  expect(content).toContain(line);
  return content.replace(line, by);
}

describe('GitHub workflow files', () => {
  it('are there: pull-request checks and deploy', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
  });
  it.each(files)('%s follows the workflow schema', (file) => {
    expect(errorsOf(file, read(file))).toEqual([]);
  });
  it('the schema check catches a broken workflow', () => {
    expect(errorsOf('bad.yml', 'on: push\njobs:\n  x:\n    runs-onn: ubuntu-latest\n    steps: []\n').length).toBeGreaterThan(0);
  });
});

describe('deploy.yml, parsed', () => {
  it('gives a deploy token only to the deploy job, which only publishes the build job’s artifact', () => {
    expect(checkDeploy(load(deployText))).toEqual([]);
  });
  it('has this permission layout', () => {
    const workflow = load(deployText);
    expect(grantsOf(workflow['permissions'])).toEqual({});
    expect(Object.fromEntries(jobsOf(workflow).map((job) => [job.id, grantsOf(job.raw['permissions'])]))).toEqual({
      build: { contents: 'read' },
      deploy: { pages: 'write', 'id-token': 'write' },
    });
  });
});

describe('pull-request.yml, parsed', () => {
  it('reads only, validates the changed files with annotations, tests and uploads a preview', () => {
    expect(checkPullRequest(load(prText))).toEqual([]);
  });
});

describe('the structural checks fail when they should', () => {
  it('a commented-out step is missing, though its text is still in the file and the schema is happy', () => {
    const content = replaced(deployText, '      - run: npm run validate\n', '      # - run: npm run validate\n');
    expect(content).toContain('npm run validate'); // what the old substring test looked at
    expect(errorsOf('deploy.yml', content)).toEqual([]);
    expect(checkDeploy(load(content))).toContain('deploy.yml build: no step running `npm run validate`');
  });

  const deployCases: [string, () => YamlMap, RegExp][] = [
    ['pages: write on the build job', () => edited(deployText, (_, job) => (job('build')['permissions'] = { contents: 'read', pages: 'write' })), /^deploy\.yml build: holds pages: write, which only the deploy job may hold$/],
    ['id-token: write on the whole workflow, build inheriting it', () => edited(deployText, (workflow, job) => {
      workflow['permissions'] = { 'id-token': 'write' };
      delete job('build')['permissions'];
    }), /^deploy\.yml build: holds id-token: write, which only the deploy job may hold$/],
    ['write-all on the build job', () => edited(deployText, (_, job) => (job('build')['permissions'] = 'write-all')), /^deploy\.yml build: holds .*contents: write.*; a job running content-driven code holds at most contents: read$/],
    ['contents: write on the workflow', () => edited(deployText, (workflow) => (workflow['permissions'] = { contents: 'write' })), /^deploy\.yml permissions: the workflow grants contents: write/],
    ['no permissions at workflow level', () => edited(deployText, (workflow) => delete workflow['permissions']), /^deploy\.yml permissions: not set at workflow level/],
    ['the deploy job without its own permissions', () => edited(deployText, (_, job) => delete job('deploy')['permissions']), /^deploy\.yml deploy: lacks pages: write$/],
    ['contents: write on the deploy job', () => edited(deployText, (_, job) => (asMap(job('deploy')['permissions'])['contents'] = 'write')), /^deploy\.yml deploy: holds contents: write beyond/],
    ['a run step in the deploy job', () => edited(deployText, (_, __, steps) => steps('deploy').unshift({ run: 'npm ci' })), /^deploy\.yml deploy: runs a command \(npm ci\)/],
    ['a checkout in the deploy job', () => edited(deployText, (_, __, steps) => steps('deploy').unshift({ uses: 'actions/checkout@v4', with: { 'persist-credentials': false } })), /^deploy\.yml deploy: checks out the repository/],
    ['another action in the deploy job', () => edited(deployText, (_, __, steps) => steps('deploy').unshift({ uses: 'actions/setup-node@v4' })), /^deploy\.yml deploy: uses actions\/setup-node@v4/],
    ['the deploy job outside github-pages', () => edited(deployText, (_, job) => delete job('deploy')['environment']), /^deploy\.yml deploy: not in the github-pages environment$/],
    ['the build disabled with if: false', () => edited(deployText, (_, __, steps) => (steps('build').find((s) => s['run'] === 'npm run build')!['if'] = false)), /^deploy\.yml build: the step running `npm run build` only runs under a condition/],
    ['no upload of the Pages artifact', () => edited(deployText, (_, __, steps) => steps('build').pop()), /^deploy\.yml build: no step uploading dist\/ with actions\/upload-pages-artifact$/],
    ['the upload before the build', () => edited(deployText, (_, __, steps) => {
      const list = steps('build');
      list.splice(1, 0, list.pop()!);
    }), /the step npm run build must come before the step upload-pages-artifact$/],
    ['PORTAL_SITE not from the repository variable', () => edited(deployText, (_, job) => (asMap(job('build')['env'])['PORTAL_SITE'] = 'https://example.org')), /^deploy\.yml build: env PORTAL_SITE is not \$\{\{ vars\.PORTAL_SITE \}\}$/],
    ['PORTAL_AS_OF not pinned', () => edited(deployText, (_, __, steps) => steps('build').shift()), /^deploy\.yml build: PORTAL_AS_OF is not pinned/],
    ['PORTAL_AS_OF pinned after validate', () => edited(deployText, (_, __, steps) => {
      const list = steps('build');
      const pin = list.shift()!;
      list.splice(list.findIndex((s) => s['run'] === 'npm run build'), 0, pin);
    }), /^deploy\.yml build: PORTAL_AS_OF is pinned after the step npm run validate$/],
    ['PORTAL_AS_OF overridden by a step', () => edited(deployText, (_, __, steps) => (steps('build').find((s) => s['run'] === 'npm run build')!['env'] = { PORTAL_AS_OF: '2026-01-01' })), /^deploy\.yml build: the env of the step npm run build sets PORTAL_AS_OF/],
    ['a checkout keeping its credentials', () => edited(deployText, (_, __, steps) => delete asMap(steps('build').find((s) => String(s['uses']).startsWith('actions/checkout@'))!['with'])['persist-credentials']), /^deploy\.yml build: actions\/checkout without persist-credentials: false$/],
    ['a pull_request trigger', () => edited(deployText, (workflow) => (asMap(workflow['on'])['pull_request'] = null)), /^deploy\.yml on: unexpected trigger pull_request$/],
    ['no hourly schedule', () => edited(deployText, (workflow) => delete asMap(workflow['on'])['schedule']), /^deploy\.yml on: no hourly schedule$/],
    ['a shallow checkout', () => load(replaced(deployText, '          fetch-depth: 0\n', '')), /^deploy\.yml build: no step checking out the full history$/],
  ];
  it.each(deployCases)('deploy.yml: %s', (_, make, expected) => {
    const problems = checkDeploy(make());
    expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
  });

  const validateLine = '        run: npm run validate -- --changed origin/${{ github.base_ref }} --github\n';
  const prCases: [string, () => YamlMap, RegExp][] = [
    ['validate without --github', () => load(replaced(prText, validateLine, validateLine.replace(' --github', ''))), /^pull-request\.yml check: no step running `npm run validate -- --changed origin\/\$\{\{ github\.base_ref \}\} --github`$/],
    ['npm test only in a shell comment', () => load(replaced(prText, '        run: npm test\n', '        run: |\n          # npm test\n          true\n')), /^pull-request\.yml check: no step running `npm test`$/],
    ['a shallow checkout', () => load(replaced(prText, '          fetch-depth: 0\n', '')), /^pull-request\.yml check: no step checking out the full history$/],
    ['no preview upload', () => edited(prText, (_, __, steps) => (steps('check').find((s) => String(s['uses']).startsWith('actions/upload-artifact@'))!['uses'] = 'actions/cache@v4')), /^pull-request\.yml check: no step uploading preview\/ with actions\/upload-artifact$/],
    ['the built dist/ uploaded instead of the disk preview', () => edited(prText, (_, __, steps) => (asMap(steps('check').find((s) => String(s['uses']).startsWith('actions/upload-artifact@'))!['with'])['path'] = 'dist/')), /^pull-request\.yml check: no step uploading preview\/ with actions\/upload-artifact$/],
    ['no disk preview step', () => edited(prText, (_, __, steps) => {
      const list = steps('check');
      list.splice(list.findIndex((s) => String(s['run']).startsWith('npm run preview:disk')), 1);
    }), /^pull-request\.yml check: no step making the preview open from disk/],
    ['the disk preview before the build', () => edited(prText, (_, __, steps) => {
      const list = steps('check');
      const disk = list.splice(list.findIndex((s) => String(s['run']).startsWith('npm run preview:disk')), 1)[0]!;
      list.splice(list.findIndex((s) => s['run'] === 'npm run build'), 0, disk);
    }), /the step preview build must come before the step disk preview$/],
    ['the disk preview without the build’s PORTAL_SITE', () => edited(prText, (_, __, steps) => delete steps('check').find((s) => String(s['run']).startsWith('npm run preview:disk'))!['env']), /^pull-request\.yml check: no step making the preview open from disk/],
    ['tests allowed to fail', () => edited(prText, (_, __, steps) => (steps('check').find((s) => s['run'] === 'npm test')!['continue-on-error'] = true)), /^pull-request\.yml check: the step running `npm test` may fail without failing the job/],
    ['pull-requests: write on the job', () => edited(prText, (_, job) => (asMap(job('check')['permissions'])['pull-requests'] = 'write')), /^pull-request\.yml check: holds contents: read, pull-requests: write; only contents: read$/],
    ['the job inheriting instead of saying contents: read', () => edited(prText, (_, job) => delete job('check')['permissions']), /^pull-request\.yml check: holds no permissions of its own; only contents: read$/],
    ['read-all on the workflow', () => edited(prText, (workflow) => (workflow['permissions'] = 'read-all')), /^pull-request\.yml permissions: the workflow grants actions: read, .*; only contents: read$/],
    ['a pull_request_target trigger', () => edited(prText, (workflow) => (asMap(workflow['on'])['pull_request_target'] = null)), /^pull-request\.yml on: unexpected trigger pull_request_target/],
    ['PORTAL_AS_OF pinned twice', () => edited(prText, (_, __, steps) => steps('check').splice(-1, 0, { ...steps('check')[0]! })), /^pull-request\.yml check: PORTAL_AS_OF is written to \$GITHUB_ENV more than once$/],
    ['PORTAL_AS_OF set in the job env instead', () => edited(prText, (_, job, steps) => {
      steps('check').shift();
      asMap(job('check')['env'])['PORTAL_AS_OF'] = '2026-06-01';
    }), /^pull-request\.yml check: the job env sets PORTAL_AS_OF/],
  ];
  it.each(prCases)('pull-request.yml: %s', (_, make, expected) => {
    const problems = checkPullRequest(make());
    expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
  });
});

describe('the pinned as-of instant', () => {
  it('is written in a form PORTAL_AS_OF accepts (what `date -u +%Y-%m-%dT%H:%M:%SZ` prints)', () => {
    expect(parseAsOf('2026-12-31T14:59:59Z').toISOString()).toBe('2026-12-31T14:59:59.000Z');
  });
});

/**
 * One Node process that runs `astro build` again and again (build-site.ts starts it for the shared
 * sites): a build in a warm process skips Node's start, the loading of Astro, Vite and the portal's
 * build code, and V8's warm-up, about a third of a small site's build. Requests come one per line
 * on stdin (`{ "env": {…} }`, the build's whole environment); each answer is one line of JSON on
 * fd 3, with what the build wrote to stdout and stderr, as `astro build` would have printed it.
 *
 * Builds run one after another, each in the environment it was given and nothing else. Modules the
 * config imports stay loaded between builds (Astro imports the config natively); the portal's
 * caches in them are keyed by content folder and as-of (src/content-io), so a warm build writes
 * the same files as a cold one, which tests/quality/frozen.test.ts checks on every run.
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { build } from 'astro';

/** What one build gave: its exit status (null: it never ran to an end) and what it printed. */
export interface BuildAnswer {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one build with its output collected instead of printed. */
async function buildOnce(env: Record<string, string>): Promise<BuildAnswer> {
  let stdout = '';
  let stderr = '';
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const collect = (into: 'out' | 'err') =>
    ((chunk: string | Uint8Array) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (into === 'out') stdout += text;
      else stderr += text;
      return true;
    }) as typeof process.stdout.write;
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env);
  process.stdout.write = collect('out');
  process.stderr.write = collect('err');
  let status = 0;
  try {
    await build({ root: process.cwd() });
  } catch (error) {
    // What the CLI prints for a failed build: the error, and exit status 1.
    stderr += `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    status = 1;
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
  }
  return { status, stdout, stderr };
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { env } = JSON.parse(line) as { env: Record<string, string> };
  writeSync(3, `${JSON.stringify(await buildOnce(env))}\n`);
}

/**
 * Runs Pagefind's own browser search (pagefind.js + wasm) in Node over a written bundle,
 * so the evaluation and the recall test measure the code browsers run. Counts bytes fetched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LoadedPagefind {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: { id: string; score: number; data(): Promise<{ url: string; meta: Record<string, string>; content: string; excerpt: string }> }[] } | null>;
  /** Bytes read through fetch since the last reset (files as served: gzip where Pagefind gzips). */
  fetched: { bytes: number; files: string[] };
}

const origin = 'http://pagefind.local';
const bundles = new Map<string, string>();
let installed = false;

function installFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== origin) return realFetch(input, init);
    const [, key, ...rest] = url.pathname.split('/');
    const dir = bundles.get(key ?? '');
    if (!dir) return new Response('not found', { status: 404 });
    const file = path.join(dir, ...rest);
    try {
      const body = readFileSync(file);
      counters.get(key ?? '')?.push([rest.join('/'), body.length]);
      return new Response(body, { status: 200, headers: { 'content-type': file.endsWith('.pagefind') ? 'application/wasm' : 'application/octet-stream' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

const counters = new Map<string, [string, number][]>();

/** Loads a separate instance of pagefind.js for each bundle directory. */
export async function loadPagefind(bundleDir: string): Promise<LoadedPagefind & { reset(): void }> {
  installFetch();
  const key = `b${bundles.size}`;
  bundles.set(key, bundleDir);
  const log: [string, number][] = [];
  counters.set(key, log);
  const module = await import(`${pathToFileURL(path.join(bundleDir, 'pagefind.js')).href}?instance=${key}`);
  await module.options({ basePath: `${origin}/${key}/`, excerptLength: 24 });
  await module.init();
  const loaded = {
    search: module.search as LoadedPagefind['search'],
    get fetched() {
      return { bytes: log.reduce((sum, [, n]) => sum + n, 0), files: log.map(([f]) => f) };
    },
    reset() {
      log.length = 0;
    },
  };
  return loaded;
}

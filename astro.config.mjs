// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { atomicPublish } from './src/integrations/atomic-publish.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { recordArchiveIntegration } from './src/integrations/record-archive.ts';
import { sitemapOptions } from './src/content-io/sitemap.ts';
import { readSiteEnv } from './src/content-io/site-env.ts';
import { t } from './src/i18n/index.ts';

// One as-of instant for the whole build: read (or fixed as now) once, here, and kept in
// PORTAL_AS_OF so every module and child process of this build sees the same one.
const siteEnv = readSiteEnv();
const { contentDir, asOf } = siteEnv;
const env = process.env;

// A deploy build (PORTAL_DEPLOY=1, set by .github/workflows/deploy.yml) must know the public
// address: canonical URLs, feeds, the sitemap and share images are absolute. Local builds
// default to http://localhost:4321.
if (env.PORTAL_DEPLOY === '1' && !env.PORTAL_SITE) {
  throw new Error(t('cli.deployNeedsSite'));
}

export default defineConfig({
  site: env.PORTAL_SITE || 'http://localhost:4321',
  base: env.PORTAL_BASE || '/',
  trailingSlash: 'always',
  // Tests and benchmarks build many sites: each gets its own output and cache folders.
  outDir: env.PORTAL_OUT_DIR || './dist',
  cacheDir: env.PORTAL_CACHE_DIR || './node_modules/.astro',
  integrations: [
    contentGate(siteEnv),
    // Every public page, each with its content date as lastmod (src/content-io/sitemap.ts).
    sitemap(sitemapOptions(contentDir, asOf, env.PORTAL_BASE || '/')),
    // Writes /data/archive.zip into the staging folder in astro:build:done, and its size into /data/.
    recordArchiveIntegration(contentDir),
    // Writes the search index into the built site in astro:build:done.
    searchIndex(contentDir),
    // Last, always: `astro build` writes into a staging folder, which this swaps in for outDir in
    // its astro:build:done. Astro runs those hooks in list order, so the sitemap and the search
    // index above have written into the staging folder by then; placed before them, it would
    // publish a site without them (src/integrations/atomic-publish.ts).
    atomicPublish(),
  ],
  build: { format: 'directory' },
  // Content-Security-Policy in a <meta> tag on every page: Astro hashes the scripts and
  // styles it emits (no 'unsafe-inline'); Pagefind compiles its WebAssembly, which needs
  // 'wasm-unsafe-eval' and nothing more. Directives a <meta> policy cannot carry
  // (frame-ancestors) are in public/_headers for hosts that read it (docs/dependencies.md).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // No Shiki: its inline styles break the Content-Security-Policy (releases carry no code).
  markdown: { syntaxHighlight: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGate } from './src/integrations/content-gate.ts';
import { readSiteEnv } from './src/site-env.ts';

const { contentDir } = readSiteEnv();
const env = process.env;

export default defineConfig({
  site: env.PORTAL_SITE || 'http://localhost:4321',
  base: env.PORTAL_BASE || '/',
  trailingSlash: 'always',
  // Tests and benchmarks build many sites: each gets its own output and cache folders.
  outDir: env.PORTAL_OUT_DIR || './dist',
  cacheDir: env.PORTAL_CACHE_DIR || './node_modules/.astro',
  integrations: [contentGate(contentDir), mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX file triggers this harmless bundler notice; keep the build log readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

// @ts-check
// The cheapest Astro site that builds the benchmark's corpus: one content collection of MDX
// releases, one page per release, an archive list. Same Astro, MDX integration and glob loader
// as the portal (scripts/bench.ts compares the two).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: process.env.BENCH_OUT_DIR || './dist',
  cacheDir: process.env.BENCH_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

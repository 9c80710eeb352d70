/**
 * The layers of src/ (docs/architecture.md), checked in `npm test` (tests/unit/layers.test.ts):
 *   foundation, i18n ← schemas ← domain ← rules ← content-io ← pages, components, layouts, integrations, build
 * and the browser code (src/scripts/), which may use foundation, i18n and domain only, and never
 * reaches the dictionary (src/i18n/ko.ts), which would put every text of the site into its bundle.
 * A module may import its own layer and the layers below it; nothing may form a cycle.
 */
const layer = (name) => `^src/${name}/`;
const below = {
  foundation: ['foundation', 'i18n'],
  i18n: ['foundation', 'i18n'],
  schemas: ['foundation', 'i18n', 'schemas'],
  domain: ['foundation', 'i18n', 'schemas', 'domain'],
  rules: ['foundation', 'i18n', 'schemas', 'domain', 'rules'],
  'content-io': ['foundation', 'i18n', 'schemas', 'domain', 'rules', 'content-io'],
  scripts: ['foundation', 'i18n', 'domain', 'scripts'],
};
const LAYERS = ['foundation', 'i18n', 'schemas', 'domain', 'rules', 'content-io', 'pages', 'components', 'layouts', 'integrations', 'build', 'scripts'];

/**
 * Rules about what a browser bundle contains: checked on the imports as compiled (type-only
 * imports erased, as the bundler erases them), so a type named from the dictionary is allowed.
 */
const bundleRules = [
  {
    name: 'browser-without-dictionary',
    severity: 'error',
    comment: 'browser code never bundles the whole dictionary (src/i18n/ko.ts): the page passes the texts it needs',
    from: { path: '^src/scripts/' },
    to: { path: '^src/i18n/ko\\.ts$', reachable: true },
  },
];

module.exports = {
  bundleRules,
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'no import cycles, of values or of types', from: {}, to: { circular: true } },
    ...Object.entries(below).map(([from, allowed]) => ({
      name: `layer-${from}`,
      severity: 'error',
      comment: `src/${from}/ may import only ${allowed.map((l) => `src/${l}/`).join(', ')}`,
      from: { path: layer(from) },
      to: { path: `^src/(${LAYERS.filter((l) => !allowed.includes(l)).join('|')})/` },
    })),
    {
      name: 'pure-below-content-io',
      severity: 'error',
      comment: 'foundation, schemas, domain and rules are pure: no files, no Astro virtual modules, no environment',
      from: { path: '^src/(foundation|i18n|schemas|domain|rules)/' },
      to: { path: '^(node:)?(fs|child_process|process)$|^astro:', dependencyTypes: ['core', 'unknown', 'undetermined', 'npm'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default', 'types'], extensions: ['.ts', '.mjs', '.js', '.astro'] },
    extraExtensionsToScan: ['.astro'],
    exclude: { path: '^(node_modules|dist|test-output)' },
  },
};

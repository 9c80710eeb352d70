/** The reproducible-build allow-list of tests/quality/frozen.test.ts (and the atomic-publish test's comparisons). */
/** Files allowed to differ between two builds of the same content, and why. */
export const MAY_DIFFER: { pattern: RegExp; reason: string }[] = [
  { pattern: /^pagefind\/filter\/[^/]+\.pf_filter$/, reason: 'Pagefind filter index: its filter maps are written in hash-map order, which is not stable between runs' },
  { pattern: /^pagefind\/pagefind\.[^/]+\.pf_meta$/, reason: 'Pagefind metadata index: names the filter files by content hash, and those change as above' },
  { pattern: /^pagefind\/pagefind-entry\.json$/, reason: 'Pagefind entry file: names the metadata file by its hash' },
];

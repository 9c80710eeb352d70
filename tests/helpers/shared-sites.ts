/**
 * The fixture sites the build and browser tests read: each is built once per test run by the
 * set-up (shared-sites.setup.ts, one build after another, each with its own outDir and cacheDir
 * through build-site.ts), and every test that reads it gets that same build.
 *
 * A new check of a built page belongs on one of these sites: add assertions, not builds. Only
 * tests of the build itself (atomic publishing, a refused build, the hostile-content builds) run
 * `astro build` on their own; the reproducible build is checked on the two post-end builds of each
 * frozen record (tests/quality/frozen.test.ts).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite, DEFAULT_BASE, DEFAULT_SITE, markPending, runBuildInBackground, untilBuilt, type BuildOptions, type BuiltSite } from './build-site.ts';
import { FULL_AS_OF, FULL_BASE, fullContent } from './full-fixture.ts';
import { journalistContent } from './journalist-fixture.ts';
import { buildRoot, FIXTURES, REAL_CONTENT } from './paths.ts';
import { changeProperly, recordedContent } from '../unit/permanence.helper.ts';

/** Site and base of the sub-path builds that stand for a GitHub Pages project site. */
export const SUB_SITE = 'https://example.github.io';
export const SUB_BASE = '/portal/';
/** The journalist fixture's scheduled release (journalist-fixture.ts) goes public at this instant. */
export const SCHEDULED_AT = '2026-06-01T09:00:00+09:00';

/** What a shared site is built from: every option given. */
export type SiteOptions = Required<BuildOptions>;

interface SharedSite {
  /** What it is for; shows in the set-up log. */
  about: string;
  options(): Promise<SiteOptions>;
  /**
   * Built by `astro build` in a process of its own rather than in the warm build process
   * (build-site.ts): the frozen-record test compares each such site with a warm build of the same
   * content, so every run also shows that a warm build writes what a cold one does.
   */
  cold?: true;
}

const at = (content: string, asOf: string, base = DEFAULT_BASE, site = DEFAULT_SITE): SiteOptions => ({ content, asOf, base, site });

/** The content folder of the feeds and permanence build: recorded, then changed the proper way (once per run, at a fixed place). */
function feedsContent(): string {
  const dir = path.join(buildRoot(), 'content-feeds');
  if (existsSync(path.join(dir, '.ready'))) return dir;
  const tmp = recordedContent('feeds');
  changeProperly(tmp);
  cpSync(tmp, dir, { recursive: true });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(path.join(dir, '.ready'), '');
  return dir;
}

/** Two instants after the programme's end (issue 12): a rebuild on the later day changes nothing. */
export const ENDED_AS_OF = '2027-02-01';
export const ENDED_LATER_AS_OF = '2027-09-01';
/** The day the settled full fixture's figures were confirmed (programme.yaml `results`). */
export const SETTLED_ON = '2027-01-29';
/** The extended fixture's new end (programme.yaml `period.end`), and the instant it is built at. */
export const EXTENDED_END = '2027-06-30';
export const EXTENDED_AS_OF = '2027-01-15';

/** A copy of a content folder with some files changed (once per run, at a fixed place). */
function variant(name: string, from: string, change: (dir: string) => void): string {
  const dir = path.join(buildRoot(), `content-${name}`);
  if (existsSync(path.join(dir, '.ready'))) return dir;
  cpSync(from, dir, { recursive: true, filter: (src) => !src.endsWith('.ready') });
  change(dir);
  writeFileSync(path.join(dir, '.ready'), '');
  return dir;
}

/**
 * The full fixture after the settlement: staff marked the figures final (확정) and named the
 * contact for questions after the end, as the guide asks them to.
 */
async function settledContent(): Promise<string> {
  const full = await fullContent();
  return variant('full-settled', full, (dir) => {
    const programme = path.join(dir, 'programme.yaml');
    writeFileSync(programme, `${readFileSync(programme, 'utf8').trimEnd()}\nresults:\n  status: 확정\n  date: ${SETTLED_ON}\n  source: synthetic\n  note: 정산을 마친 시험용 확정치입니다.\n`);
    writeFileSync(
      path.join(dir, 'press.yaml'),
      [
        'updated: 2026-11-20',
        'contacts:',
        '  - organization: jeju-technopark',
        '    name: 제주테크노파크',
        'afterEnd:',
        '  contacts:',
        '    - organization: jeju-technopark',
        '      department: 시험용 기록 담당',
        '      email: records@example.org',
        '  note: 시험용 문의처입니다.',
        '',
      ].join('\n'),
    );
  });
}

/** The synthetic KPI year with its period extended to EXTENDED_END in programme.yaml: nothing else changes. */
function extendedContent(): string {
  return variant('extended', path.join(FIXTURES, 'kpi-synthetic'), (dir) => {
    const programme = path.join(dir, 'programme.yaml');
    const text = readFileSync(programme, 'utf8');
    const changed = text.replace(/^(period:\n(?:  .*\n)*?  end: )2026-12-31$/m, `$1${EXTENDED_END}`);
    if (changed === text) throw new Error('kpi-synthetic/programme.yaml: period.end 2026-12-31 not found');
    writeFileSync(programme, changed);
  });
}

export const SHARED_SITES = {
  /** The real content (content/) during the programme, at the site root. */
  real: { about: 'real content, 2026-11-27', options: async () => at(REAL_CONTENT, '2026-11-27') },
  /** The full fixture (tests/helpers/full-fixture.ts) during the programme, under /portal/: quality gates, KPI pages, open data, the browser. */
  full: { about: 'full fixture, 2026-11-27, /portal/', options: async () => at(await fullContent(), FULL_AS_OF, FULL_BASE) },
  /** The search corpus under /portal/, after its last release (search quality in Node, /search/ in the browser). */
  search: { about: 'search corpus, 2027-01-15, /portal/', options: async () => at(path.join(FIXTURES, 'search-corpus'), '2027-01-15', SUB_BASE) },
  /** The unseen search corpus (written without reading the matching code), the same way: search quality in Node. */
  searchUnseen: { about: 'unseen search corpus, 2027-01-15, /portal/', options: async () => at(path.join(FIXTURES, 'search-unseen'), '2027-01-15', SUB_BASE) },
  /** The synthetic KPI year after the programme's end. */
  afterEnd: { about: 'kpi-synthetic, 2027-01-15 (after the end)', options: async () => at(path.join(FIXTURES, 'kpi-synthetic'), '2027-01-15') },
  /** The journalist fixture while a notice is open: archives, notices, attachments, the press page. */
  journalist: { about: 'journalist fixture, 2026-03-10', options: async () => at(await journalistContent(), '2026-03-10') },
  /**
   * The same months later under a sub-path, at the very instant a scheduled release goes public
   * (another, scheduled one second later, is still hidden): every notice closed.
   */
  journalistAtScheduled: {
    about: 'journalist fixture, at a scheduled release, /portal/',
    options: async () => at(await journalistContent(), SCHEDULED_AT, SUB_BASE, SUB_SITE),
  },
  /** Recorded releases changed the proper way (a correction, a move, a withdrawal), under a sub-path: feeds, metadata, permanence. */
  feeds: { about: 'recorded and changed releases, 2026-11-27, /portal/', options: async () => at(feedsContent(), '2026-11-27', SUB_BASE, SUB_SITE) },
  /** Issue 12, the frozen record: the real content after the end (provisional figures), and months later. */
  realEnded: { about: `real content, ${ENDED_AS_OF} (after the end)`, options: async () => at(REAL_CONTENT, ENDED_AS_OF) },
  realEndedLater: { about: `real content, ${ENDED_LATER_AS_OF} (the frozen record)`, options: async () => at(REAL_CONTENT, ENDED_LATER_AS_OF), cold: true },
  /** The full fixture after the settlement (final figures, an after-end contact), under /portal/, and months later. */
  fullEnded: { about: `settled full fixture, ${ENDED_AS_OF}, /portal/`, options: async () => at(await settledContent(), ENDED_AS_OF, FULL_BASE) },
  fullEndedLater: { about: `settled full fixture, ${ENDED_LATER_AS_OF}, /portal/`, options: async () => at(await settledContent(), ENDED_LATER_AS_OF, FULL_BASE), cold: true },
  /** The synthetic KPI year with the period extended to 2027-06-30, at the instant `afterEnd` is built (issue 12, item 8). */
  extended: { about: `kpi-synthetic extended to ${EXTENDED_END}, ${EXTENDED_AS_OF}`, options: async () => at(extendedContent(), EXTENDED_AS_OF) },
} satisfies Record<string, SharedSite>;

export type SharedSiteName = keyof typeof SHARED_SITES;

/** How a shared site is built: in the warm build process, or (`cold`) by an `astro build` of its own. */
export const howBuilt = (name: SharedSiteName): 'warm' | 'cold' => ((SHARED_SITES[name] as SharedSite).cold ? 'cold' : 'warm');

export interface Shared extends BuiltSite {
  options: SiteOptions;
}

/** A shared site as built for this run (built now if the set-up has not, e.g. a file run on its own). */
export async function sharedSite(name: SharedSiteName): Promise<Shared> {
  const options = await SHARED_SITES[name].options();
  await untilBuilt(options);
  return { ...buildSite(options), options };
}

/** The sites the browser tests read: built first. */
export const BROWSER_SITES: SharedSiteName[] = ['real', 'full', 'search'];
export const ALL_SITES = Object.keys(SHARED_SITES) as SharedSiteName[];

/** Written into the run's build folder once every shared site asked for is built. */
export const allBuiltMark = () => path.join(buildRoot(), 'shared-sites.done');

interface Builder {
  /**
   * Queues these sites (those not asked for before), to be built one after another after any
   * already queued; resolves once each is marked as under way, so a test that reads one waits for
   * it (sharedSite) instead of building it again.
   */
  ask(names: SharedSiteName[]): Promise<void>;
  /** Resolves when these sites, asked for before, are built. */
  built(names: SharedSiteName[]): Promise<void>;
  /** Resolves when nothing is being built. */
  idle(): Promise<void>;
}

const BUILDER = Symbol.for('portal.sharedSiteBuilder');

/**
 * The one builder of shared sites in vitest's own process (set-up files of several projects
 * ask it for sites; a module may be loaded once per project, so it lives on globalThis). Builds
 * run one after another, without blocking vitest, so test files whose sites are ready run
 * while the rest are built; runBuild in a test waits for a site marked as under way.
 */
export function sharedSiteBuilder(log: (line: string) => void = () => {}): Builder {
  const global = globalThis as unknown as Record<symbol, Builder | undefined>;
  const existing = global[BUILDER];
  if (existing) return existing;
  let chain: Promise<void> = Promise.resolve();
  const asked = new Map<SharedSiteName, Promise<void>>();
  const builder: Builder = {
    async ask(names) {
      for (const name of ALL_SITES.filter((n) => names.includes(n) && !asked.has(n))) {
        const site: SharedSite = SHARED_SITES[name];
        const options = await site.options();
        markPending(options);
        chain = chain.then(async () => {
          const started = performance.now();
          const result = await runBuildInBackground(options, howBuilt(name));
          log(`[shared sites] ${name} (${site.about}): ${result.ok ? 'built' : `FAILED (${result.status})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        });
        asked.set(name, chain);
      }
    },
    async built(names) {
      await Promise.all(names.map((n) => asked.get(n)));
    },
    idle: () => chain,
  };
  global[BUILDER] = builder;
  return builder;
}

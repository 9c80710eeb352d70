/** What the KPI rules read: the parsed data files, the releases and the <Stat> uses found in them. */
import type { BudgetRow } from '../schemas/budget.ts';
import { type MatchPair } from '../schemas/match.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Programme } from '../schemas/programme.ts';
import type { Revision } from '../schemas/revision.ts';
import type { Located } from '../foundation/located.ts';
import type { ReleaseEntry } from '../schemas/release.ts';

export interface StatUse {
  release: ReleaseEntry;
  line?: number;
  column?: number;
  attributes: Record<string, string | null>;
}

export interface KpiContentSet {
  programme?: Located<Programme>;
  organizations?: Located<Organization[]>;
  budget?: Located<BudgetRow[]>;
  matches?: Located<MatchPair[]>;
  revisions?: Located<Revision[]>;
  releases: ReleaseEntry[];
  /** Every release file there is, read or not: a bad release is not a missing one. */
  releaseFileIds?: ReadonlySet<string>;
  stats: StatUse[];
  /** False when a KPI data file failed to read: <Stat> values are then not compared (the file's own problems are reported). */
  dataComplete: boolean;
  /** The run's instant: a pair may only name a release that is public by then. */
  asOf: Date;
}

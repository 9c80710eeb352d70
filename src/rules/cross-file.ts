/**
 * Rules that need more than one file. Pure: the readers hand in parsed data
 * and a way to locate each field in its file.
 */
import { problemText } from '../i18n/index.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { kstDay, toKstIso } from '../foundation/kst.ts';
import { closest } from '../foundation/similar.ts';
import type { Organization } from '../schemas/organization.ts';
import type { Programme } from '../schemas/programme.ts';
import type { ReleaseEntry } from '../schemas/release.ts';


export interface ContentSet {
  programme?: Located<Programme>;
  organizations?: Located<Organization[]>;
  releases: ReleaseEntry[];
}

/** Releases may not predate the programme's preparation (issue 2). */
export const EARLIEST_RELEASE_DAY = '2025-12-01';

/** The messages for an id that names nothing, shared by every file that refers to others. */
/** `known`: the ids that exist, so the message can name the one probably meant (`jeju-tp` → `jeju-technopark`). */
export const unknownSourceId = (id: string, known: Iterable<string>): MessageParts => {
  const near = closest(id, [...known], 1)[0];
  return near ? problemText('crossFile.unknownSourceIdNear', { id, near }) : problemText('crossFile.unknownSourceIdId', { id });
};

export const unknownOrganizationId = (id: string, known: Iterable<string>): MessageParts => {
  const near = closest(id, [...known], 1)[0];
  return near ? problemText('crossFile.unknownOrganisationIdNear', { id, near }) : problemText('crossFile.unknownOrganisationIdId', { id });
};

export function checkCrossFile(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const orgIds = new Set<string>();
  const sourceIds = new Set(Object.keys(set.programme?.data.sources ?? {}));

  const unknownSource = (entry: Located<unknown>, path: PropertyKey[], id: string) => problemAt(entry, path, unknownSourceId(id, sourceIds));
  const unknownOrg = (entry: Located<unknown>, path: PropertyKey[], id: string) => problemAt(entry, path, unknownOrganizationId(id, orgIds));

  if (set.organizations) {
    const orgs = set.organizations;
    orgs.data.forEach((org, index) => {
      if (orgIds.has(org.id)) {
        problems.push(
          problemAt(orgs, [index, 'id'], problemText('crossFile.duplicateOrganisationIdId', { id: org.id })),
        );
      }
      orgIds.add(org.id);
      if (set.programme && !sourceIds.has(org.source)) problems.push(unknownSource(orgs, [index, 'source'], org.source));
      const memberSource = org.membership.source;
      if (set.programme && memberSource && !sourceIds.has(memberSource)) {
        problems.push(unknownSource(orgs, [index, 'membership', 'source'], memberSource));
      }
    });
  }

  if (set.programme) {
    const p = set.programme;
    const orgRefs: [PropertyKey[], string][] = [
      [['operator', 'organization'], p.data.operator.organization],
      [['funder', 'organization'], p.data.funder.organization],
      ...p.data.partners.map((id, i): [PropertyKey[], string] => [['partners', i], id]),
    ];
    if (set.organizations) {
      for (const [path, id] of orgRefs) if (!orgIds.has(id)) problems.push(unknownOrg(p, path, id));
    }
    const sourceRefs: [PropertyKey[], string | undefined][] = [
      [['operator', 'source'], p.data.operator.source],
      [['funder', 'source'], p.data.funder.source],
      [['period', 'source'], p.data.period.source],
      [['budget', 'source'], p.data.budget.source],
      [['membership', 'source'], p.data.membership.source],
      ...p.data.budget.sources.map((s, i): [PropertyKey[], string | undefined] => [['budget', 'sources', i, 'source'], s.source]),
    ];
    for (const [path, id] of sourceRefs) if (id && !sourceIds.has(id)) problems.push(unknownSource(p, path, id));
  }

  const seenSlugs = new Map<string, string>();
  for (const release of set.releases) {
    const { data } = release;
    const previous = seenSlugs.get(release.id);
    if (previous) {
      problems.push(
        problemAt(release, [], problemText('crossFile.duplicateReleaseSlugId', { id: release.id, previous })),
      );
    }
    seenSlugs.set(release.id, release.file);

    const day = kstDay(data.date.instant);
    const nameDay = release.id.slice(0, 10);
    if (day !== nameDay) {
      problems.push(
        problemAt(release, ['date'], problemText('crossFile.fileNameDateNameday', { nameDay, day })),
      );
    }
    if (day.slice(0, 4) !== release.folderYear) {
      problems.push(
        problemAt(release, [], problemText('crossFile.releaseOfValueIs', { value: day.slice(0, 4), folderYear: release.folderYear })),
      );
    }
    if (day < EARLIEST_RELEASE_DAY) {
      problems.push(
        problemAt(release, ['date'], problemText('crossFile.datedBeforeEarliestreleaseday', { earliestReleaseDay: EARLIEST_RELEASE_DAY })),
      );
    }
    if (set.organizations) {
      data.organizations.forEach((id, i) => {
        if (!orgIds.has(id)) problems.push(unknownOrg(release, ['organizations', i], id));
      });
      data.contacts.forEach((contact, i) => {
        if (contact.organization && !orgIds.has(contact.organization)) {
          problems.push(unknownOrg(release, ['contacts', i, 'organization'], contact.organization));
        }
      });
    }
    if (set.programme) {
      data.sources.forEach((id, i) => {
        if (!sourceIds.has(id)) problems.push(unknownSource(release, ['sources', i], id));
      });
    }
  }
  return problems;
}

/**
 * A public release shows its corrections and `updated` time: none may be dated after the run's
 * as-of instant, or it would be published before it happened (a release still scheduled may carry them).
 */
export function futureChangeProblems(releases: readonly ReleaseEntry[], asOf: Date): Problem[] {
  const problems: Problem[] = [];
  const later = (time: { instant: Date }) => time.instant.getTime() > asOf.getTime();
  for (const release of releases) {
    if (release.data.draft || later(release.data.date)) continue;
    release.data.corrections.forEach((correction, index) => {
      if (later(correction.date)) problems.push(problemAt(release, ['corrections', index, 'date'], problemText('release.correctionAfterAsOf', { date: toKstIso(correction.date.instant) })));
    });
    if (release.data.updated && later(release.data.updated)) problems.push(problemAt(release, ['updated'], problemText('release.correctionAfterAsOf', { date: toKstIso(release.data.updated.instant) })));
  }
  return problems;
}

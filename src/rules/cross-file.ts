/**
 * Rules that need more than one file. Pure: the readers hand in parsed data
 * and a way to locate each field in its file.
 */
import { problemText } from '../i18n/index.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { kstDay, toKstIso } from '../foundation/kst.ts';
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
export const unknownSourceId = (id: string): MessageParts => ({
  ko: `출처 id '${id}'가 programme.yaml의 sources에 없습니다`,
  en: `unknown source id '${id}'`,
  fix: 'programme.yaml의 sources에 출처를 추가하거나 id의 철자를 고치세요',
});

export const unknownOrganizationId = (id: string): MessageParts => ({
  ko: `기관 id '${id}'가 organizations.yaml에 없습니다`,
  en: `unknown organisation id '${id}'`,
  fix: 'organizations.yaml에 기관을 추가하거나 id의 철자를 고치세요',
});

export function checkCrossFile(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const orgIds = new Set<string>();
  const sourceIds = new Set(Object.keys(set.programme?.data.sources ?? {}));

  const unknownSource = (entry: Located<unknown>, path: PropertyKey[], id: string) => problemAt(entry, path, unknownSourceId(id));
  const unknownOrg = (entry: Located<unknown>, path: PropertyKey[], id: string) => problemAt(entry, path, unknownOrganizationId(id));

  if (set.organizations) {
    const orgs = set.organizations;
    orgs.data.forEach((org, index) => {
      if (orgIds.has(org.id)) {
        problems.push(
          problemAt(orgs, [index, 'id'], {
            ko: `기관 id '${org.id}'가 두 번 나옵니다`,
            en: `duplicate organisation id '${org.id}'`,
            fix: '한 기관은 한 번만 적고, 다른 기관이면 다른 id를 쓰세요',
          }),
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
        problemAt(release, [], {
          ko: `주소(slug) '${release.id}'가 ${previous}와 겹칩니다`,
          en: `duplicate release slug '${release.id}'`,
          fix: '파일 이름의 slug 부분을 다르게 바꾸세요',
        }),
      );
    }
    seenSlugs.set(release.id, release.file);

    const day = kstDay(data.date.instant);
    const nameDay = release.id.slice(0, 10);
    if (day !== nameDay) {
      problems.push(
        problemAt(release, ['date'], {
          ko: `파일 이름의 날짜(${nameDay})와 date(${day}, 한국 시간)가 다릅니다`,
          en: `file name date ${nameDay} does not match date ${day} (KST)`,
          fix: '파일 이름이나 date 중 하나를 고쳐 같은 날로 맞추세요',
        }),
      );
    }
    if (day.slice(0, 4) !== release.folderYear) {
      problems.push(
        problemAt(release, [], {
          ko: `${day.slice(0, 4)}년 보도자료가 ${release.folderYear} 폴더에 있습니다`,
          en: `release of ${day.slice(0, 4)} is in the ${release.folderYear} folder`,
          fix: `파일을 content/releases/${day.slice(0, 4)}/ 폴더로 옮기세요`,
        }),
      );
    }
    if (day < EARLIEST_RELEASE_DAY) {
      problems.push(
        problemAt(release, ['date'], {
          ko: `${EARLIEST_RELEASE_DAY} 이전 날짜입니다`,
          en: `dated before ${EARLIEST_RELEASE_DAY}`,
          fix: '날짜를 확인하세요: 사업 준비 이전의 보도자료는 받지 않습니다',
        }),
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

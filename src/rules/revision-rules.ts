/** Rules for revisions.yaml: every revision cites a known source. Pure. */
import type { Problem } from '../foundation/problems.ts';
import { unknownSourceId } from './cross-file.ts';
import type { Revision } from '../schemas/revision.ts';
import { problemAt, type Located } from '../foundation/located.ts';
import type { KpiContentSet } from './kpi-content.ts';

export function checkRevisions(set: KpiContentSet, revisions: Located<Revision[]>): Problem[] {
  const sourceIds = set.programme ? new Set(Object.keys(set.programme.data.sources)) : undefined;
  const problems: Problem[] = [];
  revisions.data.forEach((revision, index) => {
    if (revision.source && sourceIds && !sourceIds.has(revision.source)) {
      problems.push(
        problemAt(revisions, [index, 'source'], unknownSourceId(revision.source, sourceIds)),
      );
    }
  });
  return problems;
}

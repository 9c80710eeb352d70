/**
 * Tags come from one list (content/tags.yaml): a release's tag not in it is an error naming the
 * tags probably meant (spacing, one letter or syllable apart), or the line to add when it is
 * really new; two tags of the list that are nearly the same are an error (one is a variant of the
 * other and would split its releases over two pages); a merged tag points to a listed one.
 * Pure: the reader hands in the located vocabulary and releases.
 */
import { problemText, t, type UiKey } from '../i18n/index.ts';
import { MAP_KEY, problemAt, type Located } from '../foundation/located.ts';
import { lookalikeMessage } from '../foundation/lookalike.ts';
import type { MessageParts, Problem } from '../foundation/problems.ts';
import { closest, nearness, type Nearness } from '../foundation/similar.ts';
import { normalizeTag, tagShapeProblems, type LocatedTags } from '../domain/archives.ts';
import type { TagVocabulary } from '../schemas/tags.ts';

/** Within the list, two tags one syllable apart count only from three syllables (협약 and 협력 are different words). */
const LIST_SHORTEST = 3;

const HOW: Record<Nearness, UiKey> = { spacing: 'similar.spacing', jamo: 'similar.jamo', character: 'similar.character', abbreviation: 'similar.abbreviation' };

/** A tag as a YAML key or value: quoted when its first character would mean something else to YAML. */
const yamlKey = (tag: string) => (/^[[\]{}&*!|>'"%@`,?-]|^\s|\s$/.test(tag) ? JSON.stringify(tag) : tag);

/** `#수요기업, #수요 기업`: tags as the message names them. */
const hashed = (tags: readonly string[]) => tags.map((tag) => `#${tag}`).join(', ');

/** The problems of the list itself: shapes, look-alike characters, near-duplicates, merges. */
export function tagVocabularyProblems(vocabulary: Located<TagVocabulary>): Problem[] {
  const problems: Problem[] = [];
  // A tag of the list is a key: its problems stand at the key, the field named without the marker.
  const at = (path: PropertyKey[], parts: MessageParts, offset?: number) => ({
    ...problemAt(vocabulary, path, parts),
    ...vocabulary.locate([...path, MAP_KEY], offset),
  });
  const listed = Object.keys(vocabulary.data.tags);
  listed.forEach((tag, index) => {
    const path = ['tags', tag];
    const lookalike = lookalikeMessage(tag);
    if (lookalike) problems.push(at(path, lookalike.parts, lookalike.offset));
    for (const parts of tagShapeProblems(tag)) problems.push(at(path, parts));
    if (lookalike) return;
    for (const other of listed.slice(0, index)) {
      const how = nearness(tag, other, LIST_SHORTEST);
      if (how) {
        problems.push(at(path, problemText('tags.nearDuplicate', { tag, other, line: vocabulary.locate(['tags', other, MAP_KEY])?.line ?? '?', how: t(HOW[how]) })));
        break;
      }
    }
  });
  const names = new Set(listed);
  for (const [from, to] of Object.entries(vocabulary.data.merged)) {
    if (names.has(from)) problems.push(at(['merged', from], problemText('tags.mergedStillListed', { tag: from })));
    if (!names.has(to)) {
      const near = closest(to, listed, 1)[0];
      problems.push(at(['merged', from], problemText('tags.mergedIntoUnknown', { tag: from, to, near: near ? `: ${near}` : '' })));
    }
  }
  return problems;
}

/** A release's tags against the list: each one listed, none merged away, none with a full-width comma in it. */
export function releaseTagProblems(release: LocatedTags, vocabulary: TagVocabulary): Problem[] {
  const listed = Object.keys(vocabulary.tags);
  const names = new Set(listed);
  const problems: Problem[] = [];
  release.data.tags.forEach((raw, index) => {
    const tag = normalizeTag(raw);
    const path = ['tags', index];
    // A tag that cannot be an address is already named as such (archives.ts): one message is enough.
    if (names.has(tag) || tagShapeProblems(tag).length > 0) return;
    const lookalike = lookalikeMessage(tag);
    if (lookalike) {
      problems.push({ ...problemAt(release, path, lookalike.parts), ...release.locate(path, lookalike.offset) });
      return;
    }
    const merged = vocabulary.merged[tag];
    if (merged) {
      problems.push(problemAt(release, path, problemText('tags.mergedTag', { tag, to: merged })));
      return;
    }
    const near = closest(tag, listed);
    problems.push(
      problemAt(
        release,
        path,
        near.length > 0
          ? problemText('tags.unknownTagNear', { tag, near: hashed(near), first: near[0] })
          : problemText('tags.unknownTagNew', { tag, line: `${yamlKey(tag)}: ${yamlKey(tag)}` }),
      ),
    );
  });
  return problems;
}

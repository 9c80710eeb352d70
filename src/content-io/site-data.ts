/**
 * What the pages read from the content collections, in one place, so pages stay thin.
 * The as-of time comes from the environment once per build (src/content-io/site-env.ts).
 */
import { getCollection } from 'astro:content';
import type { Organization } from '../schemas/organization.ts';
import type { Programme, Source } from '../schemas/programme.ts';
import { publicReleases } from '../domain/releases.ts';
import { readSiteEnv } from './site-env.ts';

export const { asOf } = readSiteEnv();

export async function getProgramme(): Promise<Programme> {
  const [entry] = await getCollection('programme');
  if (!entry) throw new Error('programme.yaml이 없습니다 (programme.yaml is missing)');
  return entry.data;
}

export async function getOrganizations(): Promise<Map<string, Organization>> {
  const entries = await getCollection('organizations');
  return new Map(entries.map((entry) => [entry.data.id, entry.data]));
}

/**
 * Releases visible at the as-of time (no drafts, nothing dated later), newest first.
 * The dev server (`npm run dev`) previews drafts and scheduled releases too, marked on the page.
 */
export async function getPublicReleases() {
  return publicReleases(await getCollection('releases'), asOf, import.meta.env.DEV);
}

export type ReleaseEntry = Awaited<ReturnType<typeof getPublicReleases>>[number];

/** A source of programme.yaml by id; the content gate has already checked every id exists. */
export function sourceById(programme: Programme, id: string): Source {
  const source = programme.sources[id];
  if (!source) throw new Error(`출처 id '${id}'가 없습니다 (unknown source id)`);
  return source;
}

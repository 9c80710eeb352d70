/** The sources of programme.yaml: looking one up, and citing it the one way the site cites sources. */
import { t } from '../i18n/index.ts';
import type { Programme, Source } from '../schemas/programme.ts';

/** Citation text for a source id: `비즈데일리(BizDaily), 2025-12-20, 경제 섹션`. */
export function citation(programme: Programme, id: string | undefined): string {
  if (!id) return '';
  const source = programme.sources[id];
  if (!source) return id;
  return [source.publisher, source.title ? `「${source.title}」` : undefined, source.date, source.section]
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

/** Citations of several ids, each once, joined with `; `. */
export function citations(programme: Programme, ids: readonly (string | undefined)[]): string {
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].map((id) => citation(programme, id)).join('; ');
}

/** A source of programme.yaml by id; the content gate has already checked every id exists. */
export function sourceById(programme: Programme, id: string): Source {
  const source = programme.sources[id];
  if (!source) throw new Error(t('build.unknownSource', { id }));
  return source;
}

/**
 * schema.org JSON-LD for search engines, built from the content only (no invented
 * facts: no logo, address or legal name the sources do not give). Pure: URLs come
 * in through `url`, which knows the site and base path. Typed with schema-dts (Google's
 * schema.org types), so a misspelt property or a wrong value type fails `npm run check`.
 */
import type { DataCatalogLeaf, GovernmentOrganizationLeaf, Graph, NewsArticleLeaf, OrganizationLeaf, ProjectLeaf, SearchActionLeaf, WebSiteLeaf, WithActionConstraints, WithContext } from 'schema-dts';
import { t } from '../i18n/index.ts';
import type { Organization } from '../schemas/organization.ts';
import { paths } from '../foundation/urls.ts';
import type { Programme } from '../schemas/programme.ts';
import type { KstTime } from '../foundation/kst.ts';
import { toKstIso } from '../foundation/kst.ts';

/** One JSON-LD document: a node with its @context, or a @graph of nodes. */
export type JsonLd = WithContext<NewsArticleLeaf> | WithContext<DataCatalogLeaf> | Graph;

type OrgNode = OrganizationLeaf | GovernmentOrganizationLeaf;
type DatasetLicence = NonNullable<DataCatalogLeaf['license']>;
/** A node referred to by its @id only. */
type Ref = { '@id': string };

export interface SiteContext {
  programme: Programme;
  organizations: ReadonlyMap<string, Organization>;
  /** Absolute URL of a site path (`/releases/`), with the base. */
  url: (sitePath: string) => string;
  /** Absolute URL of the default share image. */
  image: string;
}

const CONTEXT = 'https://schema.org' as const;

/** A stable node id for an organisation of organizations.yaml. */
export function orgId(ctx: SiteContext, id: string): string {
  return `${ctx.url('/')}#org-${id}`;
}

export function programmeId(ctx: SiteContext): string {
  return `${ctx.url('/')}#programme`;
}

/** Public bodies (the ministry, the province) are GovernmentOrganization; everyone else Organization. */
function orgNode(ctx: SiteContext, id: string, government: boolean): OrgNode & Ref {
  const org = ctx.organizations.get(id);
  const alternate = [org?.nameEn].filter((name): name is string => Boolean(name));
  const node = { '@id': orgId(ctx, id), name: org?.name ?? id, ...(alternate.length > 0 ? { alternateName: alternate } : {}) };
  return government ? { '@type': 'GovernmentOrganization', ...node } : { '@type': 'Organization', ...node };
}

/** A short reference to the operator (publisher and author of the releases). */
export function operatorRef(ctx: SiteContext): OrgNode & Ref {
  return orgNode(ctx, ctx.programme.operator.organization, false);
}

/**
 * The site's organisations: Jeju Technopark (the operator) runs the programme
 * together with Jeju Province (programme.yaml `partners`); the ministry funds it
 * (`funder`). The programme itself is a schema.org Project with both as its
 * parent organisations and the ministry as its funder. The province's share of
 * the money is not reported, so it is not called a funder.
 */
export function organizationGraph(ctx: SiteContext): Graph {
  const { programme } = ctx;
  const operator: OrgNode & Ref = { ...operatorRef(ctx), url: ctx.url('/') };
  const partners = programme.partners.map((id) => orgNode(ctx, id, true));
  const funder = orgNode(ctx, programme.funder.organization, true);
  const project: ProjectLeaf = {
    '@type': 'Project',
    '@id': programmeId(ctx),
    name: programme.name.ko,
    alternateName: programme.name.en,
    url: ctx.url('/'),
    description: t('jsonLd.projectDescription', { programme: programme.funder.programme, sectors: programme.sectors.join('·') }),
    parentOrganization: [{ '@id': operator['@id'] }, ...partners.map((p) => ({ '@id': p['@id'] }))],
    funder: { '@id': funder['@id'] },
    funding: { '@type': 'Grant', name: programme.funder.programme, funder: { '@id': funder['@id'] } },
    foundingDate: programme.period.start,
    dissolutionDate: programme.period.end,
  };
  const search: WithActionConstraints<SearchActionLeaf> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${ctx.url(paths.search())}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  const website: WebSiteLeaf = {
    '@type': 'WebSite',
    '@id': `${ctx.url('/')}#website`,
    url: ctx.url('/'),
    name: programme.name.ko,
    inLanguage: 'ko-KR',
    publisher: { '@id': operator['@id'] },
    potentialAction: search,
  };
  return { '@context': CONTEXT, '@graph': [{ ...operator, subOrganization: { '@id': programmeId(ctx) } }, ...partners, funder, project, website] };
}

export interface ArticleInput {
  id: string;
  title: string;
  summary: string;
  date: KstTime;
  updated: KstTime | undefined;
  category: string;
  tags: readonly string[];
  corrections: readonly { date: KstTime; note: string; kind: string }[];
  /** Organisation ids the release names. */
  about: readonly string[];
}

/**
 * The licence as a schema.org CreativeWork: its name, and its address only when programme.yaml
 * gives one (`licence.url`); none is made up (the real content names the KOGL type, no address).
 */
export function licenceNode(ctx: SiteContext): { '@type': 'CreativeWork'; name: string; url?: string } {
  const { name, url } = ctx.programme.licence;
  return { '@type': 'CreativeWork', name, ...(url ? { url } : {}) };
}

export function newsArticle(ctx: SiteContext, release: ArticleInput): WithContext<NewsArticleLeaf> {
  const url = ctx.url(paths.release(release.id));
  const publisher = operatorRef(ctx);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: release.title,
    description: release.summary,
    datePublished: toKstIso(release.date.instant),
    dateModified: toKstIso((release.updated ?? release.date).instant),
    inLanguage: 'ko-KR',
    articleSection: release.category,
    ...(release.tags.length > 0 ? { keywords: release.tags.join(', ') } : {}),
    image: [ctx.image],
    isAccessibleForFree: true,
    author: publisher,
    publisher,
    sourceOrganization: { '@id': programmeId(ctx), '@type': 'Project', name: ctx.programme.name.ko },
    license: licenceNode(ctx),
    ...(release.about.length > 0 ? { mentions: release.about.map((id) => ({ '@type': 'Organization', '@id': orgId(ctx, id), name: ctx.organizations.get(id)?.name ?? id })) } : {}),
    ...(release.corrections.length > 0
      ? {
          correction: release.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.note,
            datePublished: toKstIso(c.date.instant),
          })),
        }
      : {}),
  };
}

export interface DatasetInput {
  name: string;
  title: string;
  description: string;
  unit: string;
  referenceDate: string | undefined;
  licence: string;
}

/** The open datasets of /data/ as a DataCatalog of Datasets with their downloads. */
export function datasetCatalog(ctx: SiteContext, datasets: readonly DatasetInput[], modified: string): WithContext<DataCatalogLeaf> {
  const page = ctx.url(paths.data());
  const creator = operatorRef(ctx);
  const licence: DatasetLicence = licenceNode(ctx);
  return {
    '@context': CONTEXT,
    '@type': 'DataCatalog',
    '@id': `${page}#catalog`,
    name: t('jsonLd.catalogName', { site: ctx.programme.name.ko }),
    url: page,
    inLanguage: 'ko-KR',
    publisher: creator,
    dataset: datasets.map((d) => ({
      '@type': 'Dataset',
      '@id': `${page}#dataset-${d.name}`,
      name: d.title,
      alternateName: d.name,
      identifier: d.name,
      description: t('jsonLd.datasetDescription', { description: d.description, unit: d.unit }),
      url: `${page}#dataset-${d.name}`,
      inLanguage: 'ko-KR',
      isAccessibleForFree: true,
      license: licence,
      creator,
      publisher: creator,
      dateModified: modified,
      // An open interval until data is reported.
      temporalCoverage: `${ctx.programme.period.start}/${d.referenceDate ?? '..'}`,
      spatialCoverage: { '@type': 'Place', name: t('jsonLd.spatialCoverage') },
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: ctx.url(paths.dataFile(d.name, 'csv')) },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: ctx.url(paths.dataFile(d.name, 'json')) },
      ],
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

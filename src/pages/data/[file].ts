/** Stable download URLs: /data/<name>.csv (UTF-8 with BOM), /data/<name>.json, /data/<name>.schema.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../content-io/site-data.ts';
import { paths } from '../../foundation/urls.ts';
import { DATASET_NAMES, DOWNLOAD_FORMATS, downloadBody, type DownloadFormat } from '../../domain/kpi/datasets.ts';

export const getStaticPaths = (() =>
  DATASET_NAMES.flatMap((name) => DOWNLOAD_FORMATS.map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })))) satisfies GetStaticPaths;

const TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'schema.json': 'application/schema+json; charset=utf-8',
};

export const GET: APIRoute = async ({ props }) => {
  const { name, format } = props as { name: string; format: DownloadFormat };
  const { datasets, url } = await siteData();
  const dataset = datasets.find((d) => d.name === name);
  if (!dataset) return new Response('not found', { status: 404 });
  return new Response(downloadBody(dataset, format, url(paths.dataFile(name, 'schema.json'))), { headers: { 'Content-Type': TYPES[format] } });
};

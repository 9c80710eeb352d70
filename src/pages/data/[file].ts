/** Stable download URLs: /data/<name>.csv (UTF-8 with BOM), /data/<name>.json, /data/<name>.schema.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../content-io/site-data.ts';
import { DATASET_NAMES, DOWNLOAD_FORMATS, downloadBody, type DownloadFormat } from '../../domain/kpi/datasets.ts';

export const getStaticPaths = (() =>
  DATASET_NAMES.flatMap((name) => DOWNLOAD_FORMATS.map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })))) satisfies GetStaticPaths;

const TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  'schema.json': 'application/schema+json; charset=utf-8',
};

export const GET: APIRoute = async ({ props, site }) => {
  const { name, format } = props as { name: string; format: DownloadFormat };
  const { datasets } = (await siteData());
  const dataset = datasets.find((d) => d.name === name);
  if (!dataset) return new Response('not found', { status: 404 });
  const schemaUrl = site ? new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/data/${name}.schema.json`, site).toString() : undefined;
  return new Response(downloadBody(dataset, format, schemaUrl), { headers: { 'Content-Type': TYPES[format] } });
};

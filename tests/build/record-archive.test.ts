/**
 * /data/archive.zip as built (issue 12, item 4), unzipped in Node: the manifest lists every entry
 * but itself with its size and SHA-256 and nothing else, paths stay inside the archive; it holds
 * every public release's page and source, every dataset with its schema, every attachment of a
 * public release and nothing of a draft or a release scheduled later; /data/ gives its size; the
 * build's plan file is gone. (Byte-identical across two builds: tests/quality/frozen.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/domain/attachments.ts';
import { MANIFEST_PATH, sha256Hex, type Manifest } from '../../src/domain/archive/zip.ts';
import { DRAFT_WITH_FILE, SCHEDULED_SECOND_LATER, SCHEDULED_WITH_IMAGE } from '../helpers/journalist-fixture.ts';
import { sharedSite, type Shared } from '../helpers/shared-sites.ts';

const unzip = (site: Shared) => {
  const zip = readFileSync(path.join(site.outDir, 'data/archive.zip'));
  const entries = unzipSync(new Uint8Array(zip));
  const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_PATH])) as Manifest;
  return { zip, entries, manifest };
};
type Row = { id: string; status: string };
const published = (site: Shared) => (JSON.parse(site.file('data/releases.json')) as Row[]).filter((r) => r.status === 'published').map((r) => r.id);

let full: Shared;
beforeAll(async () => {
  full = await sharedSite('full');
});

describe('/data/archive.zip of the full fixture', () => {
  it('its manifest lists every entry but itself, with the right size and SHA-256, and nothing outside', () => {
    const { entries, manifest } = unzip(full);
    const names = Object.keys(entries);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(names.filter((n) => n !== MANIFEST_PATH).sort());
    for (const file of manifest.files) {
      expect(entries[file.path]?.length, file.path).toBe(file.size);
      expect(sha256Hex(entries[file.path]!), file.path).toBe(file.sha256);
    }
    for (const name of names) {
      expect(name.startsWith('/') || name.split('/').includes('..') || name.includes('\\'), name).toBe(false);
      expect(name.normalize('NFC')).toBe(name);
    }
    expect(manifest.recordDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(manifest.site).toBe('https://portal.example/portal/');
  });

  it('holds every public release (page and source), every dataset with its schema, every attachment', () => {
    const { entries } = unzip(full);
    const ids = published(full);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      expect(entries[`releases/${id}/index.html`], id).toBeDefined();
      expect(Object.keys(entries).some((n) => n.startsWith('source/releases/') && n.endsWith(`/${id}.mdx`)), id).toBe(true);
    }
    for (const name of ['budget', 'organizations', 'matches', 'programme', 'releases']) {
      for (const format of ['csv', 'json', 'schema.json']) {
        expect(Buffer.from(entries[`data/${name}.${format}`] ?? []).equals(readFileSync(path.join(full.outDir, `data/${name}.${format}`))), `${name}.${format}`).toBe(true);
      }
    }
    const attachments = Object.keys(entries).filter((n) => n.startsWith('attachments/'));
    expect(attachments.length).toBeGreaterThan(0);
    for (const name of attachments) expect(Buffer.from(entries[name]!).equals(readFileSync(path.join(full.outDir, name))), name).toBe(true);
    expect(entries['index.html']).toBeDefined();
  });

  it('archived pages carry no script and no server-only link to what the archive holds', () => {
    const { entries } = unzip(full);
    const id = published(full)[0] ?? '';
    const html = new TextDecoder().decode(entries[`releases/${id}/index.html`]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="\/portal\/(releases|attachments|data)\//);
    expect(html).toContain('../../_astro/');
  });

  it('/data/ gives its size and entry count; the plan file is not published', () => {
    const { zip, entries } = unzip(full);
    const page = full.file('data/index.html');
    expect(page).toContain(`>${formatFileSize(zip.length)}</dd>`);
    expect(page).toContain(`>${Object.keys(entries).length}</dd>`);
    expect(page).toContain('href="/portal/data/archive.zip"');
    expect(full.has('data/archive-plan.json')).toBe(false);
  });
});

describe('/data/archive.zip at a scheduled release\'s instant', () => {
  it('holds that release, not the one a second later, nor a draft or its attachment', async () => {
    const site = await sharedSite('journalistAtScheduled');
    const names = Object.keys(unzip(site).entries);
    expect(names).toContain(`releases/${SCHEDULED_WITH_IMAGE}/index.html`);
    expect(names.filter((n) => n.includes(SCHEDULED_SECOND_LATER) || n.includes(DRAFT_WITH_FILE) || n.includes('비공개'))).toEqual([]);
    const text = Object.values(unzip(site).entries).map((bytes) => new TextDecoder().decode(bytes)).join('\n');
    expect(text).not.toContain(SCHEDULED_SECOND_LATER);
    expect(text).not.toContain(DRAFT_WITH_FILE);
  });
});

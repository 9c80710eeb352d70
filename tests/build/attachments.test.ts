/**
 * Attachments (sizes computed at build time, images through Astro's image pipeline,
 * nothing of drafts published), the citation with its copy button, the release
 * page's JavaScript budget, and the content checks on attachment files.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-io/check-content.ts';
import { loadContent } from '../../src/content-io/load-content.ts';
import { parseAsOf } from '../../src/foundation/as-of.ts';
import { formatFileSize } from '../../src/domain/attachments.ts';
import { formatProblem } from '../../src/foundation/problems.ts';
import { ATTACHMENT_LIMITS } from '../../src/schemas/attachment.ts';
import type { BuiltSite } from '../helpers/build-site.ts';
import { DRAFT_WITH_FILE, OPEN_NOTICE, SCHEDULED_WITH_IMAGE } from '../helpers/journalist-fixture.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { buildRoot, REPO_ROOT } from '../helpers/paths.ts';
import { loadedScripts } from '../quality/dist.ts';
import { DURING } from '../helpers/instants.ts';

let content: string;
let site: BuiltSite;
let sub: BuiltSite;

beforeAll(async () => {
  const journalist = await sharedSite('journalist');
  content = journalist.options.content;
  site = journalist;
  sub = await sharedSite('journalistAtScheduled');
});

const page = () => cheerio.load(site.page(`/releases/${OPEN_NOTICE}/`));
const onDisk = (file: string) => path.join(content, 'attachments', OPEN_NOTICE, file);
const allFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());

describe('attachments on a release page', () => {
  it('lists documents with title, type and the size of the committed file', () => {
    const $ = page();
    const items = $('.attachments .files li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get();
    expect(items).toEqual([
      `참가 신청서 (HWP, ${formatFileSize(statSync(onDisk('참가신청서.hwp')).size)})`,
      `모집 안내문 (PDF, ${formatFileSize(statSync(onDisk('모집-안내.pdf')).size)})`,
    ]);
    expect(items[0]).toBe('참가 신청서 (HWP, 2.9 KB)');
  });

  it('serves each file byte for byte at its download link', () => {
    const $ = page();
    const links = $('.attachments a[download]').map((_, a) => $(a).attr('href') ?? '').get();
    expect(links).toHaveLength(3);
    for (const href of links) {
      const name = decodeURIComponent(href.split('/').at(-1) ?? '');
      expect(href).toBe(`/attachments/${OPEN_NOTICE}/${encodeURIComponent(name)}`);
      expect(readFileSync(path.join(site.outDir, decodeURIComponent(href)))).toEqual(readFileSync(onDisk(name)));
    }
  });

  it('renders images through the image pipeline: resized, width and height set, with alt, caption, credit and licence', () => {
    const $ = page();
    const img = $('.attachments figure img');
    expect(img).toHaveLength(1);
    expect(img.attr('alt')).toBe('수요기업과 공급기업 관계자가 마주 앉아 상담하는 자리');
    const width = Number(img.attr('width'));
    const height = Number(img.attr('height'));
    expect(width).toBeGreaterThan(0);
    expect(height / width).toBeCloseTo(900 / 1600, 2);
    expect(img.attr('srcset')).toMatch(/ 480w,.* 960w/);
    const src = img.attr('src') ?? '';
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    expect(statSync(path.join(site.outDir, src)).size).toBeLessThan(statSync(onDisk('matching-room.png')).size * 2);
    const caption = $('.attachments figcaption').text().replace(/\s+/g, ' ');
    expect(caption).toContain('상담장 모습');
    expect(caption).toContain('1차 매칭데이 상담장');
    expect(caption).toContain('제공: 제주테크노파크');
    expect(caption).toContain('이용 허락: 공공누리 제1유형 (출처표시)');
    expect(caption).toContain('원본 내려받기');
  });

  it('publishes no file of a draft or a scheduled release', () => {
    expect(existsSync(path.join(site.outDir, 'attachments', DRAFT_WITH_FILE))).toBe(false);
    expect(existsSync(path.join(site.outDir, 'attachments', SCHEDULED_WITH_IMAGE))).toBe(false);
    expect(allFiles(site.outDir).filter((f) => /secret-photo|비공개/.test(f))).toEqual([]);
  });

  it('works under a sub-path', () => {
    const $ = cheerio.load(sub.page(`/releases/${OPEN_NOTICE}/`));
    const hrefs = $('.attachments a[download]').map((_, a) => $(a).attr('href') ?? '').get();
    expect(hrefs.every((href) => href.startsWith(`/portal/attachments/${OPEN_NOTICE}/`))).toBe(true);
    expect($('.attachments img').attr('src')).toMatch(/^\/portal\/_astro\//);
  });
});

describe('cite this', () => {
  it('is plain text first: organisation, title, KST time, absolute permanent URL, licence', () => {
    const $ = page();
    expect($('#cite-text').text()).toBe(
      `제주테크노파크 제주 AI 사업단 (2026년 3월 2일 09:00 KST). 「2차 매칭데이 참가 기업 모집」. 공지. https://portal.example/releases/${OPEN_NOTICE}/`,
    );
    expect($('.cite-licence').text()).toBe('이용 허락: 공공누리 제1유형 (출처표시)');
    // The buttons stay hidden until the script has checked that copying can work.
    expect($('[data-copy-actions]').attr('hidden')).toBeDefined();
    expect($('button[data-copy="cite-text"]')).toHaveLength(1);
  });

  it('uses the site and base of the build', () => {
    const $ = cheerio.load(sub.page(`/releases/${OPEN_NOTICE}/`));
    expect($('#cite-text').text()).toMatch(new RegExp(`https://example\\.github\\.io/portal/releases/${OPEN_NOTICE}/$`));
  });

  it('keeps the release page within 2 kB of gzipped JavaScript, with no inline handlers or style attributes', () => {
    const html = site.page(`/releases/${OPEN_NOTICE}/`);
    // The quality gates' reader (scripts followed through their static imports), as for every page type.
    const scripts = loadedScripts(site.outDir, 'https://portal.example', '/', `releases/${OPEN_NOTICE}/index.html`, html);
    expect(scripts.filter((s) => Number.isNaN(s.gzip) || s.name.endsWith('(missing)'))).toEqual([]);
    const bytes = scripts.reduce((sum, s) => sum + s.gzip, 0);
    // The copy button's script is there (the citation can be copied).
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(2048);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle="/);
  });
});

describe('attachment checks', () => {
  /** A copy of the fixture with one change, read by the same checks as the build and `validate`. */
  function problemsWith(change: (dir: string) => void): string[] {
    const dir = path.join(buildRoot(), `content-attach-${Math.random().toString(36).slice(2)}`);
    cpSync(content, dir, { recursive: true });
    change(dir);
    const lines = loadContent(dir, DURING).problems.filter((p) => p.severity === 'error').map(formatProblem);
    rmSync(dir, { recursive: true, force: true });
    return lines.map((line) => line.replace(/^.*?releases\//, 'releases/'));
  }
  const releaseFile = (dir: string) => path.join(dir, 'releases/2026', `${OPEN_NOTICE}.mdx`);
  const edit = (dir: string, from: string, to: string) => writeFileSync(releaseFile(dir), readFileSync(releaseFile(dir), 'utf8').replace(from, to));

  it('passes the fixture as it is', () => {
    expect(problemsWith(() => {})).toEqual([]);
  });

  it('stops on a missing file, at its line', () => {
    const lines = problemsWith((dir) => rmSync(path.join(dir, 'attachments', OPEN_NOTICE, '모집-안내.pdf')));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^releases/2026/${OPEN_NOTICE}\\.mdx:19:11 attachments\\.1\\.file — 첨부 파일 '모집-안내\\.pdf'가 \\S*attachments/${OPEN_NOTICE}/ 에 없습니다 \\(attachment '모집-안내\\.pdf' not found in \\S+\\) → 파일을 \\S+ 폴더에 올리거나 file의 철자를 고치세요$`),
    );
  });

  it('stops on an image without alt text', () => {
    expect(problemsWith((dir) => edit(dir, '    alt: 수요기업과 공급기업 관계자가 마주 앉아 상담하는 자리\n', ''))).toEqual([
      `releases/2026/${OPEN_NOTICE}.mdx:21:5 attachments.2.alt — 그림에 대체 텍스트(alt)가 없습니다 (image has no alt text) → 그림을 볼 수 없는 사람도 알 수 있게 무엇이 보이는지 alt에 한 문장으로 적으세요`,
    ]);
  });

  it('stops on a file over the size limit stated in the guide', () => {
    const lines = problemsWith((dir) => truncateSync(path.join(dir, 'attachments', OPEN_NOTICE, '모집-안내.pdf'), ATTACHMENT_LIMITS.document + 1));
    expect(lines).toEqual([
      `releases/2026/${OPEN_NOTICE}.mdx:19:11 attachments.1.file — 첨부 파일 '모집-안내.pdf'가 너무 큽니다 (20 MB, 한도 20 MB) (attachment '모집-안내.pdf' is too large (${ATTACHMENT_LIMITS.document + 1} bytes, limit ${ATTACHMENT_LIMITS.document})) → PDF는 "크기 줄이기"로 다시 저장하거나 여러 파일로 나누세요`,
    ]);
    const guide = readFileSync(path.join(REPO_ROOT, 'docs/편집-가이드.md'), 'utf8');
    expect(guide).toContain(`PDF·HWP·HWPX 파일은 한 파일에 ${ATTACHMENT_LIMITS.document / 1024 / 1024}MB`);
    expect(guide).toContain(`그림 파일은 ${ATTACHMENT_LIMITS.image / 1024 / 1024}MB`);
  });

  it('stops on a file whose content is not of its type, and on a type that is not allowed', () => {
    expect(problemsWith((dir) => cpSync(onDisk('matching-room.png'), path.join(dir, 'attachments', OPEN_NOTICE, '모집-안내.pdf')))).toEqual([
      `releases/2026/${OPEN_NOTICE}.mdx:19:11 attachments.1.file — 첨부 파일 '모집-안내.pdf'의 내용이 PDF 파일이 아닙니다 (attachment '모집-안내.pdf' is not a PDF file) → 파일이 깨졌거나 확장자만 바꾼 파일입니다. 원래 프로그램에서 그 형식으로 다시 저장하세요`,
    ]);
    expect(problemsWith((dir) => edit(dir, 'file: 참가신청서.hwp', 'file: 참가신청서.exe'))[0]).toMatch(/:17:11 attachments\.0\.file — 첨부 파일 이름이나 종류가 규칙에 맞지 않습니다/);
  });

  // The build's content gate is checkContent (src/integrations/content-gate.ts): what it reports
  // stops the build with the same lines (tests/hostile proves the wiring in real builds).
  it('stops the build’s content gate with the same message', async () => {
    const bad = path.join(buildRoot(), 'content-attach-missing');
    cpSync(content, bad, { recursive: true });
    rmSync(path.join(bad, 'attachments', OPEN_NOTICE, '참가신청서.hwp'));
    const gate = (await checkContent(bad, parseAsOf('2026-03-10'))).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(gate.join('\n')).toMatch(new RegExp(`${OPEN_NOTICE}\\.mdx:17:11 attachments\\.0\\.file — 첨부 파일 '참가신청서\\.hwp'가 .* 없습니다`));
  });
});

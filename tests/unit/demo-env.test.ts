/** The demo banner's switch (PORTAL_DEMO=1) cannot reach the real site: refused for content/ and for a deploy build. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteEnv } from '../../src/content-io/site-env.ts';
import { FIXTURES } from '../helpers/paths.ts';

const AS_OF = '2026-11-27';

describe('PORTAL_DEMO', () => {
  it('is on for a fixture folder, off when not set', () => {
    const fixture = path.join(FIXTURES, 'kpi-synthetic');
    expect(readSiteEnv({ PORTAL_DEMO: '1', PORTAL_CONTENT_DIR: fixture, PORTAL_AS_OF: AS_OF }).demo).toBe(true);
    expect(readSiteEnv({ PORTAL_CONTENT_DIR: fixture, PORTAL_AS_OF: AS_OF }).demo).toBe(false);
  });
  it('is refused for the real content, named or by default', () => {
    expect(() => readSiteEnv({ PORTAL_DEMO: '1', PORTAL_AS_OF: AS_OF })).toThrow(/PORTAL_DEMO=1은 시연용 합성 데이터에만/);
    expect(() => readSiteEnv({ PORTAL_DEMO: '1', PORTAL_CONTENT_DIR: 'content', PORTAL_AS_OF: AS_OF })).toThrow(/PORTAL_DEMO/);
  });
  it('is refused in a deploy build, whatever the content', () => {
    expect(() => readSiteEnv({ PORTAL_DEMO: '1', PORTAL_DEPLOY: '1', PORTAL_CONTENT_DIR: path.join(FIXTURES, 'kpi-synthetic'), PORTAL_AS_OF: AS_OF })).toThrow(/PORTAL_DEMO/);
  });
});

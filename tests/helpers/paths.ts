import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
/** Where fixture sites are built, one folder per (content, as-of, base). */
export const BUILD_ROOT = path.join(REPO_ROOT, 'test-output/builds');

/**
 * Set-up file of the build project: a file starts once every shared site is built (see
 * shared-sites.setup.ts), so its own builds (atomic publishing, hostile content) never run beside another and every site it reads is there.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { allBuiltMark } from './shared-sites.ts';

const mark = allBuiltMark();
while (!existsSync(mark)) await sleep(100);

/**
 * The instants tests stand on: every test passes one of these (or its own literal)
 * wherever the code takes an as-of time. No test reads the wall clock.
 */
import { parseAsOf } from '../../src/foundation/as-of.ts';

/** During the programme, the day the quality-gate sites are built for (tests/quality/sites.ts). */
export const DURING_TEXT = '2026-11-27';
export const DURING = parseAsOf(DURING_TEXT);
/** Well after the programme's end (2026-12-31). */
export const AFTER_END_TEXT = '2027-02-01';
export const AFTER_END = parseAsOf(AFTER_END_TEXT);

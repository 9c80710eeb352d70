import { t } from '../i18n/index.ts';
import { kstMidnight, parseKstTime } from './kst.ts';

/**
 * The "as of" instant every page and check is computed for, from `PORTAL_AS_OF`:
 * a date (00:00 KST that day) or an ISO instant. Pure: the caller decides what an
 * unset value means (src/content-io/site-env.ts fixes it once per run).
 */
export function parseAsOf(value: string): Date {
  const parsed = parseKstTime(value);
  if (!parsed) {
    throw new Error(
      t('build.badAsOf', { value }),
    );
  }
  return parsed.instant;
}

export { kstMidnight };

import { romanize } from 'es-hangul';

/**
 * A readable URL slug from a Korean title, by Revised Romanization:
 * "제주 AI 사업단 출범" → "jeju-ai-saeopdan-chulbeom". Never a random id.
 */
export function slugFromTitle(title: string, maxWords = 6): string {
  const words = romanize(title.normalize('NFC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join('-').slice(0, 60).replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

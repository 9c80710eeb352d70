/**
 * Fills a dictionary template: `{name}` is the value, `{name|을/를}` the particle that
 * follows the value (chosen from how it ends), so `'{id}'{id|이/가}` reads right for any id.
 */
import { particle } from './particle.ts';

export type TemplateValues = Record<string, string | number | undefined>;

export function fill(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (whole, name: string, pair: string | undefined) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name] ?? '';
    return pair ? particle(String(value), pair) : String(value);
  });
}

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

/** A regular expression that reads a filled template back: each named value becomes the given group. */
export function templatePattern(template: string, groups: Record<string, string>): { regex: RegExp; groups: string[] } {
  const order: string[] = [];
  const source = template.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name && groups[name]) {
      order.push(name);
      return groups[name];
    }
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return { regex: new RegExp(source.join('')), groups: order };
}

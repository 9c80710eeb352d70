/**
 * The one way text reaches a page or a message: `t(key, values)` for a UI string,
 * `problemText(key, values)` for the three parts of a message about bad content.
 */
import type { MessageParts } from '../foundation/message.ts';
import { fill, type TemplateValues } from './fill.ts';
import { ko } from './ko.ts';

type Dictionary = typeof ko;
type KeysOf<T> = { [K in keyof Dictionary]: Dictionary[K] extends T ? K : never }[keyof Dictionary];

/** A UI string's key. */
export type UiKey = KeysOf<string>;
/** A message's key (its entry has Korean, English and the fix). */
export type MessageKey = KeysOf<MessageParts>;

/** The UI string for `key`, its `{name}` placeholders (and particles) filled from `values`. */
export function t(key: UiKey, values: TemplateValues = {}): string {
  return fill(ko[key], values);
}

/** A message with its values filled in, ready to become a problem. */
export function problemText(key: MessageKey, values: TemplateValues = {}): MessageParts {
  const template = ko[key] as MessageParts;
  return { ko: fill(template.ko, values), en: fill(template.en, values), fix: fill(template.fix, values) };
}

/** The tests' JSON Schema validator enforces formats (tests/helpers/json-schema.ts). */
import { describe, expect, it } from 'vitest';
import { ajv07, ajv2020 } from '../helpers/json-schema.ts';

describe.each([
  ['draft 2020-12', ajv2020],
  ['draft-07', ajv07],
] as const)('the %s validator', (_label, make) => {
  it('rejects a string that is not a URI where the schema says format: uri', () => {
    const validate = make().compile({ type: 'string', format: 'uri' });
    expect(validate('https://portal.example/data/budget.json')).toBe(true);
    expect(validate('not a uri')).toBe(false);
    expect(validate('https://portal.example/a b')).toBe(false);
  });

  it('rejects dates and times that are not, where the schema says so', () => {
    expect(make().validate({ type: 'string', format: 'date' }, '2026-02-30')).toBe(false);
    expect(make().validate({ type: 'string', format: 'date' }, '2026-02-28')).toBe(true);
    expect(make().validate({ type: 'string', format: 'date-time' }, '2026-02-28T09:00:00+09:00')).toBe(true);
    expect(make().validate({ type: 'string', format: 'date-time' }, '2026-02-28 9시')).toBe(false);
  });

  it('refuses a schema with a format it does not know, instead of passing everything', () => {
    expect(() => make().compile({ type: 'string', format: 'no-such-format' })).toThrow(/unknown format/);
  });
});

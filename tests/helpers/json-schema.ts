/**
 * The one way tests validate JSON against a JSON Schema: Ajv with ajv-formats, so `format`
 * (uri, date, date-time, email …) is checked, not silently ignored as plain Ajv does, and a
 * format no one knows stops the schema instead of passing everything.
 */
import Ajv, { type Options } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const OPTIONS: Options = {
  allErrors: true,
  // Strict about the schema itself (an unknown keyword or format stops it); not about the
  // type combinations zod writes (e.g. `nullable` unions).
  strictSchema: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  validateFormats: true,
};

/** For draft 2020-12 schemas (the open-data schemas published beside each download). */
export function ajv2020(): Ajv2020 {
  const ajv = new Ajv2020(OPTIONS);
  addFormats(ajv);
  return ajv;
}

/** For draft-07 schemas written in tests (e.g. the JSON Feed fields). */
export function ajv07(): Ajv {
  const ajv = new Ajv(OPTIONS);
  addFormats(ajv);
  return ajv;
}

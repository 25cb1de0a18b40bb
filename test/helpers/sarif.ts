import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);
// SARIF 2.1.0's JSON schema is draft-04; ajv validates draft-04 through ajv-draft-04.
const Ajv = (require('ajv-draft-04') as typeof import('ajv-draft-04')).default;
const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;

/**
 * The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it in @microsoft/jest-sarif (the
 * 2.1.0 "rtm.5" schema SchemaStore serves at json.schemastore.org/sarif-2.1.0.json), installed
 * from the npm registry as a devDependency rather than copied into this repository.
 * One of its patterns is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
const SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

/** The schema violations of a SARIF log (empty when it is valid). */
export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}

/**
 * A small validator for the subset of JSON Schema that `article.schema.json`
 * uses (type, required, properties, additionalProperties: false, items,
 * min/maxItems, enum, const, pattern, min/maxLength, minimum/maximum,
 * format, local `$ref`, anyOf). Lede's own, so the Node entry needs no
 * schema library; tests/node/render-schema.test.mjs keeps it honest against
 * the schema file.
 */

export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  anyOf?: Schema[];
  $defs?: Record<string, Schema>;
  description?: string;
}

export interface ValidationError {
  /** JSON pointer (RFC 6901) to the value, e.g. `/header/published`; `""` is the whole document. */
  pointer: string;
  message: string;
}

const pointerPart = (key: string | number) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 60)}`;

const FORMATS: Record<string, (value: string) => string | undefined> = {
  // Whitespace and control characters are stripped by browsers, which is how "java\tscript:" hides its scheme.
  'uri-reference': (value) => (/[\s\u0000-\u001f\u007f\\]/.test(value) ? 'must be a URL without spaces, control characters or backslashes' : undefined),
  'date-time': (value) => (Number.isNaN(Date.parse(value)) ? 'is not a real date and time' : undefined),
  // Not a standard format: the IANA zones this Node knows (the same database browsers ship).
  'time-zone': (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return undefined;
    } catch {
      return `${JSON.stringify(value.slice(0, 80))} is not an IANA time zone (e.g. America/New_York)`;
    }
  },
};

function resolveRef(root: Schema, ref: string): Schema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : root.$defs?.[name];
  if (!target) throw new Error(`article schema: unknown $ref ${ref}`);
  return target;
}

function check(root: Schema, schema: Schema, value: unknown, pointer: string, errors: ValidationError[]): void {
  if (schema.$ref) return check(root, resolveRef(root, schema.$ref), value, pointer, errors);
  const fail = (message: string) => void errors.push({ pointer, message });

  if (schema.anyOf) {
    const attempts = schema.anyOf.map((branch) => {
      const branchErrors: ValidationError[] = [];
      check(root, branch, value, pointer, branchErrors);
      return { branch, branchErrors };
    });
    if (attempts.some((attempt) => attempt.branchErrors.length === 0)) return;
    // Report the branch the value meant to be: the one whose `type` tag matches, else the one that got furthest.
    const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)['type'] : undefined;
    const tagged = attempts.find((attempt) => tag !== undefined && resolveDeep(root, attempt.branch).properties?.['type']?.const === tag);
    if (tagged) return void errors.push(...tagged.branchErrors);
    if (tag !== undefined && attempts.some((attempt) => resolveDeep(root, attempt.branch).properties?.['type']?.const !== undefined)) {
      const kinds = attempts.map((attempt) => JSON.stringify(resolveDeep(root, attempt.branch).properties?.['type']?.const));
      return void errors.push({ pointer: `${pointer}/type`, message: `must be one of ${kinds.join(', ')}` });
    }
    const deepest = attempts.reduce((best, attempt) =>
      Math.max(...attempt.branchErrors.map((e) => e.pointer.length)) > Math.max(...best.branchErrors.map((e) => e.pointer.length)) ? attempt : best,
    );
    return void errors.push(...deepest.branchErrors);
  }

  if ('const' in schema && value !== schema.const) return fail(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) return fail(`must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(value)}`);

  switch (schema.type) {
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(`must be an object, not ${describe(value)}`);
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!Object.hasOwn(record, key)) errors.push({ pointer: pointer + pointerPart(key), message: 'is required' });
      for (const [key, child] of Object.entries(record)) {
        const childSchema = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        if (childSchema) check(root, childSchema, child, pointer + pointerPart(key), errors);
        else if (schema.additionalProperties === false) {
          const known = Object.keys(schema.properties ?? {}).join(', ');
          errors.push({ pointer: pointer + pointerPart(key), message: `is not a known property (known: ${known})` });
        }
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return fail(`must be an array, not ${describe(value)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems) fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`must have at most ${schema.maxItems} items, not ${value.length}`);
      if (schema.items) value.forEach((item, index) => check(root, schema.items!, item, pointer + pointerPart(index), errors));
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return fail(`must be a string, not ${describe(value)}`);
      if (schema.minLength !== undefined && value.length < schema.minLength) return fail(schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return fail(`must have at most ${schema.maxLength} characters, not ${value.length}`);
      const formatProblem = schema.format ? FORMATS[schema.format]?.(value) : undefined;
      if (formatProblem) return fail(formatProblem);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return fail(`${JSON.stringify(value.slice(0, 80))} ${schema.description ? `is not valid: ${schema.description}` : `does not match ${schema.pattern}`}`);
      return;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value))) return fail(`must be ${schema.type === 'integer' ? 'a whole number' : 'a number'}, not ${describe(value)}`);
      if (schema.minimum !== undefined && value < schema.minimum) return fail(`must be at least ${schema.minimum}, not ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum) return fail(`must be at most ${schema.maximum}, not ${value}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail(`must be true or false, not ${describe(value)}`);
      return;
    default:
      return;
  }
}

function resolveDeep(root: Schema, schema: Schema): Schema {
  return schema.$ref ? resolveDeep(root, resolveRef(root, schema.$ref)) : schema;
}

/** Every way `value` breaks `schema`, each at its JSON pointer; empty when it is valid. */
export function validate(schema: Schema, value: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  check(schema, schema, value, '', errors);
  return errors;
}

/**
 * Checks a JSON value against a JSON Schema (draft 2020-12), for the subset of keywords that
 * `z.toJSONSchema` produces from our zod schemas: type, const, enum, properties, required,
 * additionalProperties, propertyNames (strings: every JSON key is one), items, minimum, maximum.
 *
 * Why not zod itself at run time: the zod schemas (src/runtime/schemas.ts) stay the single
 * description of what the run-time saves, but zod/mini costs about 8 KB gzipped in the browser;
 * their JSON Schema form, generated from them (npm run schemas, checked in sync by a test), is
 * checked by these few lines. A keyword this checker does not know fails loudly, so a schema
 * that outgrows the subset cannot be half-checked.
 */

export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly $schema?: string;
}

/** Where a value departs from its schema, as a dotted path, and how. */
export interface JsonSchemaViolation {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const knownKeywords = new Set([
  'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'propertyNames',
  'items', 'minimum', 'maximum', '$schema',
]);

/** The first violation of `schema` by `value`, or undefined when the value conforms. */
export function checkJsonSchema(value: unknown, schema: JsonSchema, path: (string | number)[] = []): JsonSchemaViolation | undefined {
  for (const keyword of Object.keys(schema)) {
    if (!knownKeywords.has(keyword)) throw new Error(`JSON Schema keyword "${keyword}" is not supported`);
  }
  const fail = (message: string): JsonSchemaViolation => ({ path, message });
  if (schema.type !== undefined && !hasType(value, schema.type)) return fail(`expected ${schema.type}, got ${describe(value)}`);
  if ('const' in schema && value !== schema.const) return fail(`expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    return fail(`expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return fail(`expected at least ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) return fail(`expected at most ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    for (let i = 0; i < value.length; i++) {
      const violation = checkJsonSchema(value[i], schema.items, [...path, i]);
      if (violation !== undefined) return violation;
    }
  }
  if (isObject(value)) return checkObject(value, schema, path);
  return undefined;
}

function checkObject(value: Record<string, unknown>, schema: JsonSchema, path: (string | number)[]): JsonSchemaViolation | undefined {
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key)) return { path: [...path, key], message: 'required, but missing' };
  }
  const properties = schema.properties ?? {};
  for (const key of Object.keys(value)) {
    if (schema.propertyNames !== undefined) {
      const violation = checkJsonSchema(key, schema.propertyNames, [...path, key]);
      if (violation !== undefined) return { path: violation.path, message: `property name: ${violation.message}` };
    }
    const propertySchema = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const rule = propertySchema ?? schema.additionalProperties;
    if (rule === false) return { path: [...path, key], message: 'not an allowed property' };
    if (rule === undefined || rule === true) continue;
    const violation = checkJsonSchema(value[key], rule, [...path, key]);
    if (violation !== undefined) return violation;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

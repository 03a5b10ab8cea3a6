// The JSON Schema checker: the keywords z.toJSONSchema produces, the first violation with its path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJsonSchema, type JsonSchema } from '../../../src/runtime/json-schema/json-schema.js';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    format: { type: 'string', const: 'x/1' },
    mode: { type: 'string', enum: ['a', 'b'] },
    count: { type: 'integer', minimum: 0, maximum: 10 },
    tags: { type: 'array', items: { type: 'string' } },
    byId: { type: 'object', propertyNames: { type: 'string' }, additionalProperties: { type: 'boolean' } },
    anything: {},
  },
  required: ['format', 'mode'],
  additionalProperties: false,
};

test('a conforming value has no violation', () => {
  assert.equal(checkJsonSchema({ format: 'x/1', mode: 'a', count: 3, tags: ['t'], byId: { k: true }, anything: [1] }, schema), undefined);
});

test('a missing required property is named', () => {
  assert.deepEqual(checkJsonSchema({ format: 'x/1' }, schema), { path: ['mode'], message: 'required, but missing' });
});

test('an extra property is refused where additionalProperties is false', () => {
  assert.deepEqual(checkJsonSchema({ format: 'x/1', mode: 'a', extra: 1 }, schema)?.path, ['extra']);
});

test('const, enum, integer and range violations name their path', () => {
  assert.deepEqual(checkJsonSchema({ format: 'x/2', mode: 'a' }, schema)?.path, ['format']);
  assert.deepEqual(checkJsonSchema({ format: 'x/1', mode: 'c' }, schema)?.path, ['mode']);
  assert.deepEqual(checkJsonSchema({ format: 'x/1', mode: 'a', count: 1.5 }, schema)?.path, ['count']);
  assert.deepEqual(checkJsonSchema({ format: 'x/1', mode: 'a', count: 11 }, schema)?.path, ['count']);
});

test('array items and record values are checked, with the index or key in the path', () => {
  assert.deepEqual(checkJsonSchema({ format: 'x/1', mode: 'a', tags: ['t', 2] }, schema)?.path, ['tags', 1]);
  assert.deepEqual(checkJsonSchema({ format: 'x/1', mode: 'a', byId: { k: 'yes' } }, schema)?.path, ['byId', 'k']);
});

test('a property named __proto__ (as JSON.parse makes it) is checked as data', () => {
  const value = JSON.parse('{"format":"x/1","mode":"a","byId":{"__proto__":"no"}}');
  assert.deepEqual(checkJsonSchema(value, schema)?.path, ['byId', '__proto__']);
});

test('a keyword the checker does not know fails loudly rather than being skipped', () => {
  assert.throws(() => checkJsonSchema('x', { pattern: '^x$' } as JsonSchema), /"pattern" is not supported/);
});

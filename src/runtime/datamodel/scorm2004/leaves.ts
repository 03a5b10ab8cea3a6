import { vocabularyMismatch } from './checks.js';
import type { Access, Failure, Leaf, ModelContext, Requirement } from './tree.js';
import { isOneOf } from './vocabularies.js';

/**
 * The two shapes most elements take: a value of some data type kept in a record field, and a
 * word from a vocabulary kept in a record field.
 */

export interface FieldDefinition<R> {
  readonly access: Access;
  readonly requires?: Requirement<R>;
  read(record: R): string | undefined;
  store(record: R, value: string): void;
  /** The data type (and range) check; undefined when the value is acceptable. */
  check(value: string): Failure | undefined;
}

/** An element stored verbatim in a record field once its data type check passes. */
export function field<R>(definition: FieldDefinition<R>): Leaf<R> {
  const { access, requires, read, store, check } = definition;
  return {
    kind: 'leaf',
    ...(requires === undefined ? {} : { requires }),
    access: () => access,
    read,
    write(record, value) {
      const failure = check(value);
      if (failure !== undefined) return failure;
      store(record, value);
      return undefined;
    },
  };
}

export interface VocabularyDefinition<R, T extends string> {
  readonly access: Access;
  readonly requires?: Requirement<R>;
  readonly vocabulary: readonly T[];
  read(record: R): string | undefined;
  store(record: R, value: T, context: ModelContext): void;
}

/** An element whose value is one word of a vocabulary (RTE §4.1.1 state). */
export function vocabularyField<R, T extends string>(definition: VocabularyDefinition<R, T>): Leaf<R> {
  const { access, requires, vocabulary, read, store } = definition;
  return {
    kind: 'leaf',
    ...(requires === undefined ? {} : { requires }),
    access: () => access,
    read,
    write(record, value, context) {
      if (!isOneOf(vocabulary, value)) return vocabularyMismatch(value, vocabulary);
      store(record, value, context);
      return undefined;
    },
  };
}

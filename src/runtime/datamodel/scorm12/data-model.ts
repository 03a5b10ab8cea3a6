import { Scorm12Error } from '../../api/error-codes.js';
import type { DataModelOptions, DataModelResult, RuntimeDataModel } from '../data-model.js';
import { isCharacterString } from '../types/characterstring.js';
import type { ArrayNode, WriteContext } from './element.js';
import { cmiRoot, resolve, type Resolution } from './resolve.js';
import type { Scorm12State } from './state.js';

/** SCORM 1.2 RTE §3.4.4 cmi._version: the data model version this LMS supports. */
export const SCORM12_DATA_MODEL_VERSION = '3.4';

function answer(value: string): DataModelResult {
  return { error: 0, value, diagnostic: '' };
}

function failure(error: number, diagnostic: string): DataModelResult {
  return { error, value: '', diagnostic };
}

/** A value quoted for a diagnostic, cut short: values can be megabytes long. */
function preview(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

type ElementResolution = Extract<Resolution, { kind: 'element' }>;
type KeywordResolution = Extract<Resolution, { kind: 'keyword' }>;

/**
 * The SCORM 1.2 data model over a {@link Scorm12State}: LMSGetValue / LMSSetValue as SCORM 1.2
 * RTE §3.3 and §3.4.4 define them, with ADL's 1.2 validators deciding where the book is silent.
 * A refused LMSSetValue changes nothing: entries are created only by a value that is stored.
 */
export class Scorm12DataModel implements RuntimeDataModel<Scorm12State> {
  readonly state: Scorm12State;
  readonly #options: DataModelOptions;
  readonly #byContent: WriteContext;
  readonly #byLms: WriteContext;

  constructor(state: Scorm12State, options: DataModelOptions) {
    this.state = state;
    this.#options = options;
    this.#byContent = { byLms: false, leniency: options.leniency };
    this.#byLms = { byLms: true, leniency: options.leniency };
  }

  getValue(element: string): DataModelResult {
    const resolution = resolve(element);
    switch (resolution.kind) {
      case 'undefined':
        return failure(resolution.error, resolution.diagnostic);
      case 'keyword':
        return this.#getKeyword(element, resolution);
      case 'element': {
        if (resolution.element.access === 'write-only') {
          return failure(Scorm12Error.ElementIsWriteOnly, `${element} is write-only.`);
        }
        const missing = this.#missingEntry(resolution, 'read');
        if (missing !== undefined) return missing;
        return answer(resolution.element.read(this.state, resolution.n, resolution.m));
      }
    }
  }

  setValue(element: string, value: string): DataModelResult {
    return this.#store(element, value, this.#byContent);
  }

  lmsSetValue(element: string, value: string): DataModelResult {
    return this.#store(element, value, this.#byLms);
  }

  /**
   * SCORM 1.2 RTE §3.4 keywords. `_children` lists a group's members where the book defines it
   * (202 elsewhere), `_count` counts an array's entries (203 for anything not an array), and
   * `_version` is asked of `cmi` only.
   */
  #getKeyword(element: string, resolution: KeywordResolution): DataModelResult {
    const { keyword, owner } = resolution;
    if (keyword === '_count' && owner.kind === 'array') {
      // ADL's 1.2 validator answers 0 for the arrays of an interaction not recorded yet.
      return answer(String(owner.length(this.state, resolution.n)));
    }
    const missing = this.#missingEntry(resolution, 'read');
    if (missing !== undefined) return missing;
    switch (keyword) {
      case '_children':
        if (owner.kind !== 'element' && owner.children !== undefined) return answer(owner.children);
        return failure(Scorm12Error.ElementCannotHaveChildren, `${owner.name} has no _children.`);
      case '_count':
        return failure(Scorm12Error.ElementCannotHaveCount, `${owner.name} is not an array.`);
      case '_version':
        if (owner === cmiRoot) return answer(SCORM12_DATA_MODEL_VERSION);
        // Not a keyword here: an unknown name, as any other (see resolve.ts).
        return failure(
          owner.kind === 'group' ? Scorm12Error.InvalidArgumentError : Scorm12Error.NotImplementedError,
          `${element} is not a data model element: only cmi._version exists.`,
        );
    }
  }

  #store(element: string, value: string, context: WriteContext): DataModelResult {
    const resolution = resolve(element);
    if (resolution.kind === 'undefined') return failure(resolution.error, resolution.diagnostic);
    if (resolution.kind === 'keyword') {
      return failure(Scorm12Error.InvalidSetValueElementIsKeyword, `${element} is a keyword.`);
    }
    const { element: target, n, m } = resolution;
    if (!context.byLms && target.access === 'read-only') {
      return failure(Scorm12Error.ElementIsReadOnly, `${element} is read-only.`);
    }
    const missing = this.#missingEntry(resolution, 'write');
    if (missing !== undefined) return missing;
    const refusal = this.#refuseValue(resolution, value, context);
    if (refusal !== undefined) return failure(Scorm12Error.IncorrectDataType, refusal);
    target.write(this.state, n, m, value);
    return answer('');
  }

  /**
   * Array indices must be in order (SCORM 1.2 RTE §3.4): reading needs an existing entry,
   * writing an existing one or the next one (n = _count). Otherwise 201, as ADL's validators answer.
   */
  #missingEntry(
    resolution: ElementResolution | KeywordResolution,
    intent: 'read' | 'write',
  ): DataModelResult | undefined {
    const { arrays, n, m } = resolution;
    for (let level = 0; level < arrays.length; level++) {
      const list = arrays[level] as ArrayNode;
      const index = level === 0 ? n : m;
      const length = list.length(this.state, level === 0 ? -1 : n);
      if (intent === 'read' ? index >= length : index > length) {
        const problem = intent === 'read' ? 'does not exist' : 'is out of order';
        return failure(Scorm12Error.InvalidArgumentError, `${list.name} has ${length} entries; ${index} ${problem}.`);
      }
    }
    return undefined;
  }

  /** Why the value cannot be stored (a 405), or undefined when it can. */
  #refuseValue(resolution: ElementResolution, value: string, context: WriteContext): string | undefined {
    const { element: target, arrays, n, m } = resolution;
    const { maxValueLength, maxArrayEntries } = this.#options.limits;
    if (value.length > maxValueLength) {
      return `The value is ${value.length} characters long; this player stores at most ${maxValueLength}.`;
    }
    if (!isCharacterString(value)) return 'The value contains an unpaired UTF-16 surrogate.';
    if (!target.accepts(value, context, this.state, n)) {
      return `${preview(value)} is not a valid value for ${target.name}.`;
    }
    for (let level = 0; level < arrays.length; level++) {
      const list = arrays[level] as ArrayNode;
      const length = list.length(this.state, level === 0 ? -1 : n);
      const createsEntry = (level === 0 ? n : m) === length;
      if (createsEntry && length >= maxArrayEntries) {
        return `${list.name} already holds ${length} entries, the most this player stores.`;
      }
    }
    return undefined;
  }
}

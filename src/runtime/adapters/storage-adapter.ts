import type { AttemptDocument } from '../attempt/attempt-document.js';
import type { PersistenceAdapter } from './persistence-adapter.js';

/** The part of the Web Storage interface we use: localStorage, sessionStorage or a stand-in. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface StorageAdapterOptions {
  /** Where to keep documents; typically `localStorage`. */
  storage: KeyValueStorage;
  /** Prefix of every key, so several courses or apps can share one origin. */
  keyPrefix?: string;
}

/**
 * Keeps attempt documents in browser storage, one key per registration. A full storage
 * (QuotaExceededError) makes the save throw, so the content's Commit answers false and the
 * learner's data stays in memory instead of being lost silently.
 */
export class StorageAdapter implements PersistenceAdapter {
  readonly #storage: KeyValueStorage;
  readonly #keyPrefix: string;

  constructor(options: StorageAdapterOptions) {
    this.#storage = options.storage;
    this.#keyPrefix = options.keyPrefix ?? 'scorm-player:attempt:';
  }

  load(registrationId: string): unknown {
    const text = this.#storage.getItem(this.#keyPrefix + registrationId);
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`The saved attempt under "${this.#keyPrefix + registrationId}" is not JSON.`);
    }
  }

  save(registrationId: string, document: AttemptDocument): void {
    this.#storage.setItem(this.#keyPrefix + registrationId, JSON.stringify(document));
  }
}

export function storageAdapter(options: StorageAdapterOptions): StorageAdapter {
  return new StorageAdapter(options);
}

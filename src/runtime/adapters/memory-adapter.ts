import type { AttemptDocument } from '../attempt/attempt-document.js';
import type { PersistenceAdapter } from './persistence-adapter.js';

/**
 * Keeps attempt documents in memory, as JSON text, so that what is loaded back is exactly
 * what a real backend would return (no shared object references between saves).
 * For previews with no backend, tests and the harness.
 */
export class MemoryAdapter implements PersistenceAdapter {
  readonly #saved = new Map<string, string>();

  load(registrationId: string): unknown {
    const text = this.#saved.get(registrationId);
    return text === undefined ? undefined : JSON.parse(text);
  }

  save(registrationId: string, document: AttemptDocument): void {
    this.#saved.set(registrationId, JSON.stringify(document));
  }
}

export function memoryAdapter(): MemoryAdapter {
  return new MemoryAdapter();
}

import type { AttemptDocument } from '../attempt/attempt-document.js';

/** Why a save happens: an HTTP adapter sends an `unload` save with keepalive, for one. */
export type SaveReason = 'commit' | 'terminate' | 'unload';

/**
 * The one door between the run-time and any backend. The run-time loads a registration's
 * attempt document once, before the first launch, and saves the whole document on every
 * Commit, Terminate and unload.
 *
 * A synchronous adapter (memory, browser storage) returns from `save` when the document is
 * stored, and throws when it cannot be: the content's Commit then answers false (2004: 391).
 * An asynchronous adapter returns a promise: the content is not kept waiting, a rejection is
 * reported as a `commit` event with status `failed`, the state is kept and saved again on the
 * next save, and the content's next Commit answers false until a save succeeds.
 */
export interface PersistenceAdapter {
  /** The saved document, or undefined when this registration has none yet. */
  load(registrationId: string): unknown | Promise<unknown>;
  save(registrationId: string, document: AttemptDocument, reason: SaveReason): void | Promise<void>;
}

/**
 * The parts of the service worker global scope this worker uses (Service Workers, "Execution
 * context"). The project compiles against the DOM library, which does not describe
 * them, and the WebWorker library cannot join the same program: the two declare the same
 * globals differently.
 */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** A page, frame or worker of the origin (Service Workers, "Client"). */
export interface WorkerClient {
  readonly id: string;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
  /** The page that sent the message; a Client when it came from a window. */
  readonly source: WorkerClient | ServiceWorker | MessagePort | null;
}

export interface ServiceWorkerGlobal {
  readonly registration: { readonly scope: string };
  readonly caches: CacheStorage;
  readonly clients: { get(id: string): Promise<WorkerClient | undefined> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { scormPlayerContext } from './scorm-player-context.js';
import {
  isControllerHost,
  type ScormPlayerChange,
  type ScormPlayerController,
} from './scorm-player-controller.js';

/** The tag whose definition may make a `for` target usable later. */
const playerTag = 'scorm-player';

/**
 * Finds the player an element shows, and re-renders the element on each of its changes. In
 * order of precedence: a controller set directly, the element named by `for` (an id in the same
 * document or shadow root), the context of an enclosing <scorm-player>.
 */
export class PlayerConnection implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #onChange: (change: ScormPlayerChange) => void;
  #direct: ScormPlayerController | undefined;
  #forId: string | null = null;
  #named: ScormPlayerController | undefined;
  #provided: ScormPlayerController | undefined;
  #subscribed: ScormPlayerController | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveElement, onChange: (change: ScormPlayerChange) => void = () => {}) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
    new ContextConsumer(host, {
      context: scormPlayerContext,
      subscribe: true,
      callback: (controller) => {
        this.#provided = controller;
        this.#resubscribe();
      },
    });
  }

  /** The controller in use, if any. */
  get controller(): ScormPlayerController | undefined {
    return this.#direct ?? this.#named ?? this.#provided;
  }

  /** A controller given directly (the element's `controller` property) wins over all else. */
  set direct(controller: ScormPlayerController | undefined) {
    this.#direct = controller;
    this.#resubscribe();
  }

  /** The `for` attribute changed. */
  set forId(id: string | null) {
    if (id === this.#forId) return;
    this.#forId = id;
    if (this.#connected) this.#resolveFor();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#resolveFor();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
  }

  #resolveFor(): void {
    this.#named = this.#lookUp();
    this.#resubscribe();
    const id = this.#forId;
    if (id === null || this.#named !== undefined) return;
    // The player may be defined (upgraded) after this element connects: look again then.
    void customElements.whenDefined(playerTag).then(() => {
      if (!this.#connected || this.#forId !== id || this.#named !== undefined) return;
      this.#named = this.#lookUp();
      this.#resubscribe();
    });
  }

  #lookUp(): ScormPlayerController | undefined {
    if (this.#forId === null || this.#forId === '') return undefined;
    const root = this.#host.getRootNode();
    const target = root instanceof Document || root instanceof ShadowRoot ? root.getElementById(this.#forId) : null;
    return isControllerHost(target) ? target.controller : undefined;
  }

  #resubscribe(): void {
    const controller = this.controller;
    if (controller === this.#subscribed && (this.#unsubscribe !== undefined || controller === undefined)) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = controller;
    if (controller !== undefined && this.#connected) {
      this.#unsubscribe = controller.subscribe((change) => {
        this.#onChange(change);
        this.#host.requestUpdate();
      });
    }
    this.#onChange({ type: 'package' });
    this.#host.requestUpdate();
  }
}

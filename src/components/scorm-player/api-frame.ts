/**
 * The window where this player's content finds its API, and nothing else's.
 *
 * Content finds the API by walking window.parent up to the top, then window.opener and its
 * parents (RTE 4th ed. §3.1.5 "API Instance"; 1.2 RTE §3.2.2 "LMS API Implementation"), and takes
 * the first window with a property `API_1484_11` (2004) or `API` (1.2). Putting the API on the
 * page's window would give every player on the page the same one. Instead each player owns a
 * same-origin frame with no document of its own (the initial about:blank, which belongs to the
 * page's origin): its window holds the one API object matching the package's version, and the
 * content's frame sits inside it, so the first window the content's walk reaches is its own
 * player's. Content opened in a window of its own is opened from that frame's window, so its
 * opener walk reaches the same API.
 */
import type { Scorm12Api, Scorm2004Api } from '../../runtime/index.js';

const API_NAMES = { '2004': 'API_1484_11', '1.2': 'API' } as const;

const FRAME_STYLE = 'html,body{margin:0;height:100%;overflow:hidden;background:transparent}iframe{display:block;border:0;width:100%;height:100%}';

export class ApiFrame {
  /** The frame whose window holds the API; place it in the player's shadow root. */
  readonly element: HTMLIFrameElement;
  #content: HTMLIFrameElement | undefined;
  #popup: Window | null = null;

  constructor(ownerDocument: Document, title: string) {
    this.element = ownerDocument.createElement('iframe');
    this.element.title = title;
  }

  /** The API window; only once `element` is in the document. */
  get window(): Window {
    const window = this.element.contentWindow;
    if (window === null) throw new Error('The API frame is not in a document.');
    return window;
  }

  /** The content's own window: the frame's, or the one it was opened in. */
  get contentWindow(): Window | null {
    return this.#popup ?? this.#content?.contentWindow ?? null;
  }

  /** The window opened for the content, while it is open. */
  get popup(): Window | null {
    return this.#popup !== null && !this.#popup.closed ? this.#popup : null;
  }

  /** Puts `api` where content of that version looks for it, and removes any other. */
  expose(scorm: '1.2' | '2004', api: Scorm2004Api | Scorm12Api): void {
    const holder = this.window as unknown as Record<string, unknown>;
    delete holder[API_NAMES['2004']];
    delete holder[API_NAMES['1.2']];
    holder[API_NAMES[scorm]] = api;
  }

  /** Loads the content in a frame inside the API frame; resolves when its page has loaded. */
  loadInFrame(url: string, title: string): Promise<void> {
    const content = this.#contentFrame();
    content.title = title;
    return new Promise((resolve) => {
      content.addEventListener('load', () => resolve(), { once: true });
      content.src = url;
    });
  }

  /**
   * Opens the content in a window of its own, from the API frame's window so that the content's
   * opener walk finds the API. Null when the browser blocked it.
   */
  openWindow(url: string, features: string): Window | null {
    this.#popup = this.window.open(url, '_blank', features);
    return this.#popup;
  }

  /**
   * Takes the content down at once: removing its frame (or closing its window) runs its unload
   * handlers now, so what they call, Terminate included, still reaches the API.
   */
  takeDown(): void {
    const popup = this.#popup;
    this.#popup = null;
    if (popup !== null && !popup.closed) popup.close();
    this.#content?.remove();
    this.#content = undefined;
  }

  #contentFrame(): HTMLIFrameElement {
    if (this.#content !== undefined) return this.#content;
    const document = this.element.contentDocument;
    if (document === null) throw new Error('The API frame is not in a document.');
    if (document.head.childElementCount === 0) {
      const style = document.createElement('style');
      style.textContent = FRAME_STYLE;
      document.head.append(style);
    }
    const content = document.createElement('iframe');
    content.setAttribute('allow', 'fullscreen; autoplay');
    document.body.append(content);
    this.#content = content;
    return content;
  }
}

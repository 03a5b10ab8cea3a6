import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { PlayerConnection } from '../context/player-connection.js';
import { ScormChooseEvent } from '../context/scorm-choose-event.js';
import type { ScormPlayerController } from '../context/scorm-player-controller.js';
import { keyAction, tocNodes, visibleOrder, type TocNode } from './toc-model.js';
import { defaultTocStrings, type TocStrings } from './toc-strings.js';

/**
 * The table of contents of the open course: the activity tree as an ARIA tree, each entry with
 * its status, shown, disabled or hidden exactly as the sequencer's look-ahead says. Choosing an
 * enabled entry asks the player for a choice navigation request.
 *
 * Nested in <scorm-player> it uses the player's context; anywhere else, `for` names the player
 * by id (or set `controller`).
 *
 * @fires {ScormChooseEvent} scorm-choose - Before a choice is requested; cancelable (the player's scorm-navigate reports the outcome).
 * @csspart tree - The tree (role tree).
 * @csspart item - Each entry (role treeitem); also `item-current`, `item-disabled`, `item-<status>`.
 * @csspart row - The line of an entry: toggle, title and status.
 * @csspart toggle - The expand/collapse mark of an entry with children.
 * @csspart title - The activity's title.
 * @csspart status - The status text; also `status-<status>` (current, suspended, failed, passed, completed, incomplete, not-attempted).
 * @csspart group - The children of an entry (role group).
 * @csspart empty - The text shown while no course is open.
 * @cssprop --scorm-toc-indent - Indentation per level (default 1.25em).
 * @cssprop --scorm-toc-current-background - Background of the current entry.
 * @cssprop --scorm-toc-focus-ring - Outline of the focused entry.
 * @cssprop --scorm-toc-disabled-opacity - Opacity of entries that cannot be chosen now.
 * @cssprop --scorm-toc-status-color - Colour of the status text.
 */
export class ScormToc extends LitElement {
  static override properties = {
    for: { type: String, reflect: true },
    strings: { attribute: false },
    controller: { attribute: false },
    _collapsed: { state: true, attribute: false },
    _focusedId: { state: true, attribute: false },
  };

  static override styles = css`
    :host { display: block; font: inherit; }
    [role='tree'], [role='group'] { margin: 0; padding: 0; }
    [role='group'] { padding-inline-start: var(--scorm-toc-indent, 1.25em); }
    [role='treeitem'] { display: block; outline: none; }
    [role='treeitem']:focus-visible > .row { outline: var(--scorm-toc-focus-ring, 2px solid Highlight); outline-offset: -2px; }
    .row { display: flex; gap: 0.5em; align-items: baseline; padding: 0.2em 0.4em; cursor: pointer; }
    [aria-current='true'] > .row { background: var(--scorm-toc-current-background, rgba(0, 0, 0, 0.08)); font-weight: 600; }
    [aria-disabled='true'] > .row { opacity: var(--scorm-toc-disabled-opacity, 0.55); cursor: default; }
    .toggle { inline-size: 1em; flex: none; }
    .title { flex: 1; }
    .status { font-size: 0.85em; color: var(--scorm-toc-status-color, GrayText); }
  `;

  /** The id of the <scorm-player> (or any element with a `controller`) this TOC shows. */
  declare for: string | null;
  /** The texts shown and announced; replace some or all of them for other languages. */
  declare strings: TocStrings;
  /** A controller given directly; wins over `for` and the enclosing player. */
  declare controller: ScormPlayerController | undefined;
  /** @internal */
  declare _collapsed: ReadonlySet<string>;
  /** @internal */
  declare _focusedId: string | undefined;

  readonly #connection = new PlayerConnection(this);

  constructor() {
    super();
    this.for = null;
    this.strings = defaultTocStrings;
    this.controller = undefined;
    this._collapsed = new Set();
    this._focusedId = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#connection.forId = this.for;
    if (changed.has('controller')) this.#connection.direct = this.controller;
  }

  protected override render(): TemplateResult {
    const controller = this.#connection.controller;
    const tree = controller?.tree;
    if (controller === undefined || tree === undefined) {
      return html`<p part="empty">${this.strings.empty}</p>`;
    }
    const nodes = tocNodes(
      tree,
      controller.navigator?.tocAvailability(),
      (id) => controller.activityStatus(id),
      controller.currentActivityId,
    );
    const order = visibleOrder(nodes, this._collapsed);
    const tabbable = this.#tabbableId(order, controller.currentActivityId);
    return html`<div part="tree" role="tree" aria-label=${this.strings.label}
        @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, order, controller)}>
      ${this.#renderNodes(nodes, 1, tabbable, controller)}
    </div>`;
  }

  #renderNodes(nodes: readonly TocNode[], level: number, tabbable: string | undefined, controller: ScormPlayerController): TemplateResult[] {
    return nodes.map((node, index) => {
      const id = node.activity.id;
      const key = `a${node.activity.order}`;
      const current = node.status === 'current';
      const disabled = node.availability === 'disabled';
      const expanded = node.children.length === 0 ? undefined : !this._collapsed.has(id);
      const itemParts = `item item-${node.status}${current ? ' item-current' : ''}${disabled ? ' item-disabled' : ''}`;
      // The learner is on the current entry: "not available" would read as if it could not be reached.
      const statusText = disabled && !current ? `${this.strings.status[node.status]}, ${this.strings.unavailable}` : this.strings.status[node.status];
      return html`<div role="treeitem" part=${itemParts} data-activity=${id}
          tabindex=${id === tabbable ? 0 : -1}
          aria-level=${level} aria-setsize=${nodes.length} aria-posinset=${index + 1}
          aria-labelledby="${key}-title ${key}-status"
          aria-expanded=${expanded === undefined ? nothing : String(expanded)}
          aria-current=${current ? 'true' : nothing}
          aria-disabled=${disabled ? 'true' : nothing}
          @focus=${(event: FocusEvent) => this.#onFocus(event, id)}>
        <span class="row" part="row" @click=${() => this.#choose(node, controller)}>
          <span class="toggle" part="toggle" aria-hidden="true"
            @click=${(event: MouseEvent) => this.#onToggle(event, id)}>${expanded === undefined ? '' : expanded ? '▾' : '▸'}</span>
          <span class="title" part="title" id="${key}-title">${node.activity.title}</span>
          <span class="status" part="status status-${node.status}" id="${key}-status">${statusText}</span>
        </span>
        ${expanded === true
          ? html`<div role="group" part="group">${this.#renderNodes(node.children, level + 1, tabbable, controller)}</div>`
          : nothing}
      </div>`;
    });
  }

  /** Roving tabindex: the entry last focused, else the current activity, else the first entry. */
  #tabbableId(order: readonly TocNode[], currentId: string | undefined): string | undefined {
    const shown = (id: string | undefined) => id !== undefined && order.some((node) => node.activity.id === id);
    if (shown(this._focusedId)) return this._focusedId;
    if (shown(currentId)) return currentId;
    return order[0]?.activity.id;
  }

  #onFocus(event: FocusEvent, id: string): void {
    // Focus bubbles out of nested entries: only the entry that got it counts.
    if (event.target === event.currentTarget) this._focusedId = id;
  }

  #onToggle(event: MouseEvent, id: string): void {
    event.stopPropagation();
    this.#setCollapsed(id, !this._collapsed.has(id));
  }

  #setCollapsed(id: string, collapse: boolean): void {
    const next = new Set(this._collapsed);
    if (collapse) next.add(id);
    else next.delete(id);
    this._collapsed = next;
  }

  #onKeyDown(event: KeyboardEvent, order: readonly TocNode[], controller: ScormPlayerController): void {
    const focused = (event.target as HTMLElement).closest('[role="treeitem"]')?.getAttribute('data-activity');
    if (focused === null || focused === undefined) return;
    const action = keyAction(event.key, order, this._collapsed, focused);
    if (action === undefined) return;
    event.preventDefault();
    switch (action.type) {
      case 'focus':
        this._focusedId = action.id;
        void this.updateComplete.then(() => this.#focusEntry(action.id));
        return;
      case 'expand':
      case 'collapse':
        this.#setCollapsed(action.id, action.type === 'collapse');
        return;
      case 'choose': {
        const node = order.find((candidate) => candidate.activity.id === action.id);
        if (node !== undefined) this.#choose(node, controller);
      }
    }
  }

  #focusEntry(id: string): void {
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
      if (item.getAttribute('data-activity') === id) {
        item.focus();
        return;
      }
    }
  }

  /** SN book 4th ed. §4.4 (choice navigation request): only entries look-ahead enables are chosen. */
  #choose(node: TocNode, controller: ScormPlayerController): void {
    this._focusedId = node.activity.id;
    if (node.availability !== 'enabled') return;
    const request = { type: 'choice', target: node.activity.id } as const;
    const event = new ScormChooseEvent({ request });
    if (this.dispatchEvent(event)) controller.navigate(request);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'scorm-toc': ScormToc;
  }
}

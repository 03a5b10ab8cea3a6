import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { scorm12Functions, scorm2004Functions } from '../../runtime/api/api-functions.js';
import { activityStatusFromTracking, sequencingStateOf, trackingOf } from '../context/activity-status.js';
import { PlayerConnection } from '../context/player-connection.js';
import type { ScormPlayerController } from '../context/scorm-player-controller.js';
import { filterLog, noFilter, type LogFilter } from './call-log.js';
import { dataModelRows } from './data-model-rows.js';
import { DebuggerRecording } from './debugger-recording.js';
import { defaultDebuggerStrings, type DebuggerStrings } from './debugger-strings.js';
import { describeStep, readTrace, type TraceReadResult } from './trace-reader.js';
import { navigationStep, type TraceExport } from './trace-recorder.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';

export type DebuggerTab = 'calls' | 'dataModel' | 'sequencing' | 'commits' | 'trace';
const tabs: readonly DebuggerTab[] = ['calls', 'dataModel', 'sequencing', 'commits', 'trace'];

/**
 * What the content and the player say to each other: every API call with its answer and error
 * code, the run-time data of each activity, the sequencing state, the saves, and the session as
 * a scorm-trace/1 file that `scorm-harness replay` checks call by call.
 *
 * Nested in <scorm-player> it uses the player's context; anywhere else, `for` names the player
 * by id (or set `controller`).
 *
 * @csspart tablist - The row of panel tabs.
 * @csspart tab - Each tab; also `tab-selected`.
 * @csspart panel - The panel shown.
 * @csspart toolbar - The call log's filter, search and buttons.
 * @csspart call - A logged call; also `call-error` when its error code is not 0.
 * @csspart error - The error code and its text in a call.
 * @csspart table - The tables of the data model, sequencing and commit panels.
 * @csspart button - The buttons (clear, export, import).
 * @cssprop --scorm-debugger-font - Font of the log and tables (default monospace).
 * @cssprop --scorm-debugger-error-color - Colour of calls that ended in an error.
 * @cssprop --scorm-debugger-error-background - Background of calls that ended in an error.
 * @cssprop --scorm-debugger-max-height - Height of the panels before they scroll (default 24em).
 */
export class ScormDebugger extends LitElement {
  static override properties = {
    for: { type: String, reflect: true },
    strings: { attribute: false },
    controller: { attribute: false },
    logLimit: { type: Number, attribute: 'log-limit' },
    tab: { type: String, reflect: true },
    _filter: { state: true, attribute: false },
    _imported: { state: true, attribute: false },
  };

  static override styles = css`
    :host { display: block; font: inherit; }
    [role='tablist'] { display: flex; gap: 0.25em; border-block-end: 1px solid currentColor; }
    [role='tab'] { font: inherit; border: 1px solid transparent; background: none; padding: 0.25em 0.6em; cursor: pointer; }
    [role='tab'][aria-selected='true'] { border-color: currentColor; border-block-end-color: transparent; font-weight: 600; }
    [role='tabpanel'] { max-block-size: var(--scorm-debugger-max-height, 24em); overflow: auto; padding: 0.4em; }
    .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-block-end: 0.4em; }
    ol, table { font: var(--scorm-debugger-font, 0.85em/1.4 ui-monospace, monospace); }
    ol { list-style: none; margin: 0; padding: 0; }
    li.call { display: grid; grid-template-columns: 7em 1fr; gap: 0.5em; padding: 0.1em 0.3em; }
    li.error { color: var(--scorm-debugger-error-color, #a00); background: var(--scorm-debugger-error-background, #fee); }
    table { border-collapse: collapse; inline-size: 100%; }
    th, td { text-align: start; padding: 0.1em 0.4em; vertical-align: top; word-break: break-all; }
    h3 { font-size: 1em; margin: 0.6em 0 0.2em; }
  `;

  /** The id of the <scorm-player> (or any element with a `controller`) this debugger shows. */
  declare for: string | null;
  /** The texts shown; replace some or all of them for other languages. */
  declare strings: DebuggerStrings;
  /** A controller given directly; wins over `for` and the enclosing player. */
  declare controller: ScormPlayerController | undefined;
  /** How many of the latest matching calls the log shows (older ones stay recorded). */
  declare logLimit: number;
  /** The panel shown. */
  declare tab: DebuggerTab;
  /** @internal */
  declare _filter: LogFilter;
  /** @internal */
  declare _imported: TraceReadResult | undefined;
  /** Look-ahead answers by request, kept until the player changes (API calls do not change them). */
  #lookAhead: Map<string, boolean> | undefined;

  readonly #connection = new PlayerConnection(this, (change) => {
    this.#lookAhead = undefined;
    this.#recording.changed(change);
  });
  readonly #recording = new DebuggerRecording(this, () => this.#connection.controller, 10_000);

  constructor() {
    super();
    this.for = null;
    this.strings = defaultDebuggerStrings;
    this.controller = undefined;
    this.logLimit = 500;
    this.tab = 'calls';
    this._filter = noFilter;
    this._imported = undefined;
  }

  /** The session recorded so far as a scorm-trace/1 document, with what may keep it from replaying. */
  exportTrace(title = `Recorded session ${new Date().toISOString()}`): TraceExport {
    return this.#recording.exportTrace(title);
  }

  /** Shows a trace file's steps in the trace panel. */
  importTrace(text: string): TraceReadResult {
    this._imported = readTrace(text);
    this.tab = 'trace';
    return this._imported;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.#connection.forId = this.for;
    if (changed.has('controller')) this.#connection.direct = this.controller;
  }

  protected override render(): TemplateResult {
    const controller = this.#connection.controller;
    return html`<div part="tablist" role="tablist" aria-label=${this.strings.label} @keydown=${this.#onTabKey}>
        ${tabs.map((tab) => html`<button role="tab" id="tab-${tab}" part=${tab === this.tab ? 'tab tab-selected' : 'tab'}
            aria-selected=${String(tab === this.tab)} aria-controls="panel" tabindex=${tab === this.tab ? 0 : -1}
            @click=${() => { this.tab = tab; }}>${this.strings.tabs[tab]}</button>`)}
      </div>
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${this.tab}" tabindex="0">
        ${controller === undefined && this.tab !== 'trace' ? html`<p>${this.strings.noPlayer}</p>` : this.#renderPanel(controller)}
      </div>`;
  }

  #renderPanel(controller: ScormPlayerController | undefined): TemplateResult {
    switch (this.tab) {
      case 'calls':
        return this.#renderCalls(controller?.scorm ?? controller?.runtime?.scorm ?? '2004');
      case 'dataModel':
        return this.#renderDataModel(controller);
      case 'sequencing':
        return this.#renderSequencing(controller);
      case 'commits':
        return this.#renderCommits();
      case 'trace':
        return this.#renderTrace();
    }
  }

  /** The call log. Clear empties the view only: the trace still holds every call for export. */
  #renderCalls(scorm: '1.2' | '2004'): TemplateResult {
    const strings = this.strings;
    const log = this.#recording.log;
    const shown = filterLog(log.entries, this._filter, this.logLimit);
    const functions = scorm === '1.2' ? scorm12Functions : scorm2004Functions;
    return html`<div class="toolbar" part="toolbar">
        <label>${strings.functionFilter}
          <select @change=${(event: Event) => this.#setFilter({ fn: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${this._filter.fn === ''}>${strings.allFunctions}</option>
            ${functions.map((fn) => html`<option value=${fn} ?selected=${this._filter.fn === fn}>${fn}</option>`)}
          </select></label>
        <label>${strings.search}
          <input type="search" .value=${this._filter.search}
            @input=${(event: Event) => this.#setFilter({ search: (event.target as HTMLInputElement).value })}></label>
        <label><input type="checkbox" .checked=${this._filter.errorsOnly}
            @change=${(event: Event) => this.#setFilter({ errorsOnly: (event.target as HTMLInputElement).checked })}>${strings.errorsOnly}</label>
        <button part="button" @click=${() => { log.clear(); this.requestUpdate(); }}>${strings.clear}</button>
        <button part="button" @click=${() => this.#download()}>${strings.exportTrace}</button>
      </div>
      ${log.entries.length === 0 ? html`<p>${strings.noCalls}</p>` : nothing}
      ${shown.length < log.entries.length
        ? html`<p>${strings.showing.replace('{shown}', String(shown.length)).replace('{total}', String(log.total))}</p>`
        : nothing}
      <ol aria-label=${strings.tabs.calls}>
        ${shown.map((entry) => html`<li class=${entry.isError ? 'call error' : 'call'} part=${entry.isError ? 'call call-error' : 'call'}>
          <time>${clockTime(entry.t)}</time>
          <span>${entry.fn}(${entry.args.map((arg) => JSON.stringify(arg)).join(', ')}) → ${JSON.stringify(entry.ret)}
            <span part="error">[${entry.err}${entry.isError ? ` ${entry.errText}` : ''}]</span></span>
        </li>`)}
      </ol>`;
  }

  #setFilter(change: Partial<LogFilter>): void {
    this._filter = { ...this._filter, ...change };
  }

  #renderDataModel(controller: ScormPlayerController | undefined): TemplateResult {
    const runtime = controller?.runtime;
    const activities = runtime === undefined ? [] : dataModelRows(runtime.snapshot());
    if (activities.length === 0) return html`<p>${this.strings.noData}</p>`;
    return html`${activities.map((activity) => html`<h3>${this.#activityTitle(controller, activity.activityId)}
        (${activity.sessions} ${this.strings.sessions}${activity.suspended ? `, ${this.strings.suspended}` : ''})</h3>
      <table part="table">
        <thead><tr><th scope="col">${this.strings.element}</th><th scope="col">${this.strings.value}</th></tr></thead>
        <tbody>${activity.rows.map((row) => html`<tr><td>${row.element}</td><td>${row.value}</td></tr>`)}</tbody>
      </table>`)}`;
  }

  #activityTitle(controller: ScormPlayerController | undefined, activityId: string): string {
    const title = controller?.tree?.get(activityId)?.title;
    return title === undefined || title === activityId ? activityId : `${title} (${activityId})`;
  }

  /**
   * The sequencing state. Valid requests are the navigator's own look-ahead (isValid runs the
   * processes tentatively, SN book 4th ed. §4.4 / OP.1), so they are computed only while this
   * panel is open.
   */
  #renderSequencing(controller: ScormPlayerController | undefined): TemplateResult {
    const strings = this.strings;
    const tree = controller?.tree;
    const navigator = controller?.navigator;
    if (controller === undefined || tree === undefined) return html`<p>${strings.noData}</p>`;
    const state = sequencingStateOf(navigator);
    const lookAhead = (this.#lookAhead ??= new Map());
    const validity = (request: NavigationRequest): string => {
      if (navigator === undefined) return '—';
      const key = navigationStep(request);
      let valid = lookAhead.get(key);
      if (valid === undefined) lookAhead.set(key, (valid = navigator.isValid(request)));
      return valid ? strings.valid : strings.invalid;
    };
    const globals = state === undefined ? [] : Object.entries(state.globalObjectives);
    const shared = controller.runtime === undefined ? [] : Object.entries(controller.runtime.snapshot().sharedData);
    return html`<h3>${strings.validRequests}</h3>
      <table part="table"><tbody>
        ${(['continue', 'previous'] as const).map((type) => html`<tr><th scope="row">${type}</th>
          <td>${validity({ type })}</td></tr>`)}
      </tbody></table>
      <h3>${strings.activity}</h3>
      <table part="table">
        <thead><tr><th scope="col">${strings.activity}</th><th scope="col">${strings.status}</th><th scope="col">choice</th></tr></thead>
        <tbody>${tree.activities.map((activity) => {
          const status = state === undefined ? controller.activityStatus(activity.id) : activityStatusFromTracking(trackingOf(state, activity.id));
          const current = activity.id === controller.currentActivityId ? ' ◀' : '';
          return html`<tr><td style="padding-inline-start: ${activity.depth}em">${activity.title} (${activity.id})${current}</td>
            <td>${statusText(status)}</td>
            <td>${validity({ type: 'choice', target: activity.id })}</td></tr>`;
        })}</tbody>
      </table>
      <h3>${strings.globalObjectives}</h3>
      ${globals.length === 0 ? html`<p>${strings.none}</p>` : html`<table part="table"><tbody>
        ${globals.map(([id, objective]) => html`<tr><th scope="row">${id}</th><td>${objectiveText(objective)}</td></tr>`)}
      </tbody></table>`}
      <h3>${strings.sharedData}</h3>
      ${shared.length === 0 ? html`<p>${strings.none}</p>` : html`<table part="table"><tbody>
        ${shared.map(([id, value]) => html`<tr><th scope="row">${id}</th><td>${value}</td></tr>`)}
      </tbody></table>`}`;
  }

  #renderCommits(): TemplateResult {
    const commits = this.#recording.commits;
    if (commits.length === 0) return html`<p>${this.strings.noCommits}</p>`;
    return html`<table part="table"><tbody>${commits.map((commit) => html`<tr class=${commit.status === 'failed' ? 'error' : ''}>
      <td><time>${clockTime(commit.t)}</time></td><td>${commit.activityId}</td><td>${commit.trigger}</td>
      <td>${commit.status === 'saved' ? this.strings.saved : `${this.strings.failed}${commit.error === undefined ? '' : `: ${commit.error}`}`}</td>
    </tr>`)}</tbody></table>`;
  }

  #renderTrace(): TemplateResult {
    const imported = this._imported;
    return html`<div class="toolbar" part="toolbar">
        <button part="button" @click=${() => this.#download()}>${this.strings.exportTrace}</button>
        <label part="button">${this.strings.importTrace}
          <input type="file" accept=".json,application/json" @change=${this.#onFile}></label>
      </div>
      ${imported === undefined ? nothing : imported.ok
        ? html`<h3>${this.strings.importedTrace}: ${imported.trace.title} (SCORM ${imported.trace.scorm})</h3>
          ${imported.trace.sessions.map((steps, session) => html`<h3>${this.strings.session} ${session + 1}</h3>
            <ol>${steps.map((step) => html`<li class=${'err' in step && step.err !== undefined && step.err !== '0' ? 'call error' : 'call'}>
              <span>${'t' in step && step.t !== undefined ? `${step.t} ms` : ''}</span><span>${describeStep(step)}</span></li>`)}</ol>`)}`
        : html`<p role="alert">${this.strings.importError} ${imported.error}</p>`}`;
  }

  readonly #onFile = async (event: Event): Promise<void> => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file !== undefined) this.importTrace(await file.text());
  };

  /** Tabs: Left/Right/Home/End move between them (WAI-ARIA APG tabs pattern, automatic activation). */
  readonly #onTabKey = (event: KeyboardEvent): void => {
    const index = tabs.indexOf(this.tab);
    const next = event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index + tabs.length - 1) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs[tabs.length - 1]
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  };

  #download(): void {
    const { trace } = this.exportTrace();
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(trace, null, 2)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'scorm-trace.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

function clockTime(t: number): string {
  return new Date(t).toISOString().slice(11, 23);
}

function statusText(status: { completion: string; success: string; attempted: boolean; suspended: boolean; attempts: number; measure: number | null }): string {
  const parts = [status.attempted ? `attempts ${status.attempts}` : 'not attempted', status.completion, status.success];
  if (status.measure !== null) parts.push(`measure ${status.measure}`);
  if (status.suspended) parts.push('suspended');
  return parts.join(', ');
}

function objectiveText(objective: { progressStatus: boolean; satisfiedStatus: boolean; measureStatus: boolean; normalizedMeasure: number }): string {
  const satisfied = objective.progressStatus ? (objective.satisfiedStatus ? 'satisfied' : 'not satisfied') : 'unknown';
  return objective.measureStatus ? `${satisfied}, measure ${objective.normalizedMeasure}` : satisfied;
}

declare global {
  interface HTMLElementTagNameMap {
    'scorm-debugger': ScormDebugger;
  }
}

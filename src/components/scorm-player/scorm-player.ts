import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { scormPlayerContext, type ScormPlayerController } from '../context/index.js';
import { PackageHostError } from '../package-host/index.js';
import { createCourseSession, type CourseEvent, type CourseSession, type Delivery } from '../../runtime/course/index.js';
import type { PersistenceAdapter, RuntimeEvent } from '../../runtime/index.js';
import type { Finding, ManifestModel, OpenedPackage } from '../../runtime/package/index.js';
import type { Activity } from '../../runtime/sequencing/activity-tree.js';
import type { NavigationRequest } from '../../runtime/sequencing/requests.js';
import { ApiFrame } from './api-frame.js';
import { controlStates, type ControlName } from './navigation-controls.js';
import { loadPackage, packageSource, type LoadedPackage, type LoadingStage, type PackageSource } from './package-source.js';
import { dispatchPlayerEvent, type ScormNavigateDetail, type ScormPlayerEventMap } from './player-events.js';
import { CoursePlayerController } from './player-controller.js';
import { playerStyles } from './player-styles.js';
import { StatusWatch } from './status-watch.js';
import { defaultStrings, type PlayerStrings } from './strings.js';

/** How much of a zip the service worker has downloaded; `total` is undefined when the server did not say. */
interface Download {
  readonly loaded: number;
  readonly total: number | undefined;
}

type Phase =
  | { readonly name: 'idle' }
  | { readonly name: 'loading'; readonly stage: LoadingStage | 'starting'; readonly download?: Download }
  | { readonly name: 'error'; readonly code: string; readonly message: string; readonly findings: readonly Finding[] }
  | { readonly name: 'playing' }
  /** Start was refused (a root without flow): the learner picks where to begin (SN §3.4 choice). */
  | { readonly name: 'choosing' }
  | { readonly name: 'ended'; readonly suspended: boolean };

type RequestSource = ScormNavigateDetail['source'];

const stageProgress: Readonly<Record<LoadingStage | 'starting', number>> = {
  'preparing-zip': 1,
  'reading-manifest': 2,
  starting: 3,
};

/** A download's progress is said to screen readers at most this often (the bar moves continuously). */
const ANNOUNCE_DOWNLOAD_EVERY_MS = 5000;

const UNKNOWN_SCORM_VERSION = 'manifest.unknown-scorm-version';
const POPUP_FEATURES = 'popup,width=1024,height=768';
const POPUP_POLL_MS = 1000;

/**
 * Plays a SCORM 1.2 or 2004 package: a zip or a folder, any page, as many players as wanted.
 *
 * The content runs in a frame (or, with `launch-mode="window"`, a window of its own) and finds
 * its own player's API there, the one for the package's version only: players on one page never
 * share a global. The course is taken as the SCORM 2004 sequencer or the SCORM 1.2 navigator
 * decides; the controls offer what its look-ahead allows and the activity's hideLMSUI leaves.
 * Leaving the page (or removing the player) suspends the course when it may be suspended, so
 * the next visit resumes it through the `adapter`.
 *
 * Nested <scorm-toc> and <scorm-debugger> find the player through @lit/context; placed
 * elsewhere, through `for="<player id>"` and the `controller` property.
 *
 * @example
 * <script type="module">import 'scorm-player/components';</script>
 * <scorm-player id="player" src="courses/golf.zip" learner-id="u42" learner-name="Doe, Jane" registration="u42-golf">
 *   <scorm-toc slot="toc"></scorm-toc>
 * </scorm-player>
 * <script type="module">
 *   import { storageAdapter } from 'scorm-player/runtime';
 *   const player = document.querySelector('scorm-player');
 *   player.adapter = storageAdapter({ storage: localStorage });
 *   player.addEventListener('scorm-status-change', (event) => console.log(event.detail));
 * </script>
 *
 * @element scorm-player
 *
 * @attr src - The package: a zip URL (path ending in .zip, or a blob: URL) or a folder URL (or its imsmanifest.xml).
 * @attr learner-id - cmi.learner_id (1.2 cmi.core.student_id).
 * @attr learner-name - cmi.learner_name (1.2 cmi.core.student_name), "Last, First".
 * @attr registration - The attempt's key in the adapter: one learner taking one course.
 * @attr organization - The organization to take; the manifest's default when absent.
 * @attr scorm-version - "1.2" or "2004", used only when the manifest does not say.
 * @attr launch-mode - "frame" (default) or "window": content opens in a window of its own.
 * @attr api-timeout - Seconds content has to call Initialize before the player says it never found the API (default 30).
 * @attr service-worker - URL of scorm-player-sw.js, for zips (default: next to the page).
 *
 * @fires scorm-launch - {@link ScormLaunchDetail}: an activity's content is being loaded.
 * @fires scorm-initialize - {@link ScormInitializeDetail}: the content initialized its session.
 * @fires scorm-commit - {@link ScormCommitDetail}: the attempt was saved through the adapter, or not.
 * @fires scorm-status-change - {@link ScormStatusChangeDetail}: completion or success status changed.
 * @fires scorm-score-change - {@link ScormScoreChangeDetail}: the score changed.
 * @fires scorm-navigate - {@link ScormNavigateDetail}: a navigation request and its outcome.
 * @fires scorm-session-end - {@link ScormSessionEndDetail}: a delivered activity's session ended.
 * @fires scorm-error - {@link ScormErrorDetail}: what stops the course, with a stable code.
 *
 * @slot toc - Beside the content: a <scorm-toc>.
 * @slot - Below the content: a <scorm-debugger>, anything else.
 *
 * @csspart player - The whole layout.
 * @csspart toolbar - The navigation controls.
 * @csspart control - Each control button; also `control-previous`, `control-continue`, `control-exit`, `control-suspend`, `control-fullscreen`.
 * @csspart stage - Where content, loading and messages show.
 * @csspart frame - The frame the content runs in.
 * @csspart loading - The loading state; `progress` its progress bar (stages, or the bytes of a zip being downloaded); `progress-text` the bytes downloaded.
 * @csspart error - The error state; `findings` its list of package findings.
 * @csspart message - The course ended, was suspended, runs in another window, or waits for a choice where to start.
 * @csspart choices - The activities offered when the course does not start by itself.
 * @csspart notice - Short announcements (a refused request, content that never connected).
 *
 * @cssprop --scorm-player-height - Block size of the player (36rem).
 * @cssprop --scorm-player-color - Text colour.
 * @cssprop --scorm-player-background - Background.
 * @cssprop --scorm-player-border - Borders, the host's and between regions.
 * @cssprop --scorm-player-font - Font.
 * @cssprop --scorm-player-toolbar-background - The toolbar's background.
 * @cssprop --scorm-player-accent - Controls and progress.
 * @cssprop --scorm-player-control-background - Controls' background.
 * @cssprop --scorm-player-focus - Focus ring.
 * @cssprop --scorm-player-error-color - The error heading.
 * @cssprop --scorm-player-notice-background - Notices' background.
 * @cssprop --scorm-player-notice-color - Notices' text.
 */
export class ScormPlayer extends LitElement {
  static override styles = playerStyles;

  static override properties = {
    src: { type: String },
    file: { attribute: false },
    learnerId: { type: String, attribute: 'learner-id' },
    learnerName: { type: String, attribute: 'learner-name' },
    registration: { type: String },
    organization: { type: String },
    scormVersion: { type: String, attribute: 'scorm-version' },
    launchMode: { type: String, attribute: 'launch-mode' },
    apiTimeout: { type: Number, attribute: 'api-timeout' },
    serviceWorker: { type: String, attribute: 'service-worker' },
    adapter: { attribute: false },
    strings: { attribute: false },
  };

  declare src: string | undefined;
  /** A zip as a File or Blob (drag and drop, a file input); wins over `src`. */
  declare file: Blob | undefined;
  declare learnerId: string;
  declare learnerName: string;
  declare registration: string | undefined;
  declare organization: string | undefined;
  declare scormVersion: '1.2' | '2004' | undefined;
  declare launchMode: 'frame' | 'window';
  declare apiTimeout: number;
  declare serviceWorker: string | undefined;
  /** Where attempts are loaded from and saved to; in memory (lost on reload) by default. */
  declare adapter: PersistenceAdapter | undefined;
  /** Replacements for the player's texts; what is left out stays English. */
  declare strings: Partial<PlayerStrings>;

  readonly #controller = new CoursePlayerController((request) => this.#request(request, 'toc'));
  readonly #apiFrame: ApiFrame;
  #phase: Phase = { name: 'idle' };
  /** The download progress last said to screen readers, and when. */
  #announcedDownload: Download | undefined;
  #announcedAt = -Infinity;
  #notice = '';
  #fullScreen = false;
  #loaded: LoadedPackage | undefined;
  #course: CourseSession | undefined;
  #unsubscribeCourse: (() => void) | undefined;
  /** Kept until the course is shut down, so its last session end and save are still told. */
  #unsubscribeRuntime: (() => void) | undefined;
  #watch: StatusWatch | undefined;
  #apiTimer: ReturnType<typeof setTimeout> | undefined;
  #popupTimer: ReturnType<typeof setInterval> | undefined;
  /** Who asked for each learner request under way, oldest first. */
  readonly #sources: RequestSource[] = [];
  /** Bumped by every load and close: work of an older one stops when it sees it changed. */
  #generation = 0;
  #needsLoad = false;
  /** The shutdowns under way, in order. */
  #closing: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.learnerId = '';
    this.learnerName = '';
    this.launchMode = 'frame';
    this.apiTimeout = 30;
    this.strings = {};
    this.#apiFrame = new ApiFrame(document, '');
    this.#apiFrame.element.setAttribute('part', 'frame');
    new ContextProvider(this, { context: scormPlayerContext, initialValue: this.#controller });
  }

  /** What <scorm-toc for> and <scorm-debugger for> read; the same object for the player's life. */
  get controller(): ScormPlayerController {
    return this.#controller;
  }

  /**
   * Ends the course without suspending it: the content's session ends as if it had been
   * unloaded, and is saved. Resolves once the adapter has answered.
   */
  async close(): Promise<void> {
    await this.#close();
    this.#setPhase({ name: 'idle' });
  }

  /** Opens `file` or `src` again: after close(), or to take a course that ended once more. */
  reload(): Promise<void> {
    return this.#load();
  }

  /** Asks for navigation as the table of contents does (choice, jump, or any other request). */
  navigate(request: NavigationRequest): void {
    this.#request(request, 'toc');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);
    document.addEventListener('fullscreenchange', this.#onFullScreenChange);
    // Back in a document after being moved: the API frame's window was lost with it.
    if (this.hasUpdated) this.#needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
    document.removeEventListener('fullscreenchange', this.#onFullScreenChange);
    this.#leave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const reopening = ['src', 'file', 'learnerId', 'learnerName', 'registration', 'organization', 'scormVersion', 'adapter'] as const;
    if (reopening.some((name) => changed.has(name))) this.#needsLoad = true;
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector('.frame-host')?.append(this.#apiFrame.element);
  }

  protected override updated(): void {
    if (!this.#needsLoad) return;
    this.#needsLoad = false;
    void this.#load();
  }

  protected override render(): TemplateResult {
    const text = this.#text;
    const playing = this.#phase.name === 'playing';
    const inWindow = playing && this.launchMode === 'window';
    return html`
      <div part="player" class="player">
        <div part="toolbar" role="toolbar" aria-label=${text.navigation} @keydown=${this.#onToolbarKey}>
          ${controlStates(playing ? this.#course?.navigator : undefined).map(
            (control) => html`<button
              type="button"
              part="control control-${control.name}"
              ?hidden=${control.hidden}
              ?disabled=${!control.enabled}
              @click=${() => this.#request(control.request, 'controls')}
            >${text[control.name satisfies ControlName]}</button>`,
          )}
          <span class="spacer"></span>
          <button type="button" part="control control-fullscreen" aria-pressed=${this.#fullScreen ? 'true' : 'false'} @click=${this.#toggleFullScreen}>
            ${this.#fullScreen ? text.exitFullScreen : text.fullScreen}
          </button>
        </div>
        <slot name="toc"></slot>
        <div part="stage">
          <div class="frame-host" ?hidden=${!playing || inWindow}></div>
          ${this.#renderPhase(text, inWindow)}
          <div part="notice" role="status" aria-live="polite">${this.#notice}</div>
        </div>
        <div class="after"><slot></slot></div>
      </div>
    `;
  }

  #renderPhase(text: PlayerStrings, inWindow: boolean): TemplateResult | typeof nothing {
    const phase = this.#phase;
    switch (phase.name) {
      case 'idle':
        return html`<div part="message" class="overlay">${text.noPackage}</div>`;
      case 'loading': {
        const label = { 'preparing-zip': text.stagePreparingZip, 'reading-manifest': text.stageReadingManifest, starting: text.stageStarting }[phase.stage];
        const { download } = phase;
        // The bar counts stages, or bytes while a zip downloads: indeterminate when its size is unknown.
        const [max, value] = download === undefined ? [3, stageProgress[phase.stage]] : [download.total, download.total === undefined ? undefined : download.loaded];
        const bytes = download === undefined ? undefined : text.downloadProgress(download.loaded, download.total);
        const announced = download === undefined ? undefined : this.#announcedDownload;
        return html`<div part="loading" class="overlay">
          <span>${text.loading}</span>
          <progress part="progress" max=${max ?? nothing} value=${value ?? nothing} aria-label=${text.loading} aria-valuetext=${bytes ?? nothing}></progress>
          <span>${label}</span>
          ${bytes === undefined ? nothing : html`<span part="progress-text">${bytes}</span>`}
          <div class="visually-hidden" role="status">
            <span>${label}</span>
            ${announced === undefined ? nothing : html`<span>${text.downloadProgress(announced.loaded, announced.total)}</span>`}
          </div>
        </div>`;
      }
      case 'error':
        return html`<div part="error" class="overlay" role="alert">
          <h2>${text.errorHeading}</h2>
          <p>${phase.message}</p>
          ${phase.findings.length === 0
            ? nothing
            : html`<ul part="findings">
                ${phase.findings.map(
                  (finding) => html`<li data-severity=${finding.severity}>
                    <strong>${finding.severity}</strong> ${finding.message}
                    <span class="finding-path">${finding.path}${finding.line === undefined ? '' : `:${finding.line}`}</span>
                    <span class="finding-code">(${finding.code})</span>
                  </li>`,
                )}
              </ul>`}
          <button type="button" part="control control-retry" @click=${() => void this.reload()}>${text.startAgain}</button>
        </div>`;
      case 'ended':
        return html`<div part="message" class="overlay">
          <p role="status">${phase.suspended ? text.suspended : text.ended}</p>
          <button type="button" part="control control-reopen" @click=${() => void this.reload()}>${phase.suspended ? text.resume : text.restart}</button>
        </div>`;
      case 'choosing':
        return html`<div part="message" class="overlay">
          <p>${text.chooseStart}</p>
          <ul part="choices">
            ${this.#startChoices().map(
              (activity) => html`<li>
                <button type="button" part="control control-choice" @click=${() => this.#request({ type: 'choice', target: activity.id }, 'controls')}>
                  ${activity.title}
                </button>
              </li>`,
            )}
          </ul>
        </div>`;
      case 'playing':
        return inWindow
          ? html`<div part="message" class="overlay" role="status">
              <p>${text.openedInNewWindow}</p>
              <button type="button" part="control control-window" @click=${() => this.#apiFrame.popup?.focus()}>${text.reopenWindow}</button>
            </div>`
          : nothing;
    }
  }

  /** The activities with content that choice may start now, in course order. */
  #startChoices(): Activity[] {
    const navigator = this.#course?.navigator;
    if (navigator === undefined) return [];
    const availability = navigator.tocAvailability();
    return navigator.tree.activities.filter((activity) => activity.launch !== undefined && availability.get(activity.id) === 'enabled');
  }

  get #text(): PlayerStrings {
    return { ...defaultStrings, ...this.strings };
  }

  #setPhase(phase: Phase): void {
    this.#phase = phase;
    this.requestUpdate();
  }

  /** Opens the package `src` or `file` names, after closing what was open. */
  async #load(): Promise<void> {
    const generation = ++this.#generation;
    await this.#shutDown();
    if (generation !== this.#generation) return;
    const source: PackageSource | undefined =
      this.file !== undefined ? { kind: 'zip', source: this.file } : this.src ? packageSource(this.src, document.baseURI) : undefined;
    if (source === undefined || !this.isConnected) {
      this.#setPhase({ name: 'idle' });
      return;
    }
    this.#setPhase({ name: 'loading', stage: source.kind === 'zip' ? 'preparing-zip' : 'reading-manifest' });
    this.#announcedDownload = undefined;
    this.#announcedAt = -Infinity;
    let loaded: LoadedPackage;
    try {
      loaded = await loadPackage(
        source,
        this.serviceWorker || undefined,
        this.renderRoot,
        (stage) => {
          if (generation === this.#generation) this.#setPhase({ name: 'loading', stage });
        },
        (loadedBytes, total) => {
          if (generation === this.#generation) this.#showDownload({ loaded: loadedBytes, total });
        },
      );
    } catch (error) {
      if (generation === this.#generation) this.#fail(error instanceof PackageHostError ? error.code : 'network', errorText(error));
      return;
    }
    if (generation !== this.#generation) {
      await loaded.release();
      return;
    }
    this.#loaded = loaded;
    const manifest = this.#playableManifest(loaded.opened);
    if (manifest === undefined) return;
    this.#setPhase({ name: 'loading', stage: 'starting' });
    let course: CourseSession;
    try {
      course = await createCourseSession({
        package: manifest,
        ...(this.organization ? { organizationId: this.organization } : {}),
        ...(this.adapter === undefined ? {} : { adapter: this.adapter }),
        ...(this.registration ? { registrationId: this.registration } : {}),
        learner: { id: this.learnerId, name: this.learnerName },
      });
    } catch (error) {
      if (generation === this.#generation) this.#fail('course.failed', errorText(error));
      return;
    }
    if (generation !== this.#generation) return;
    this.#course = course;
    this.#unsubscribeCourse = course.on((event) => this.#onCourseEvent(event));
    this.#unsubscribeRuntime = course.runtime.on((event) => this.#onRuntimeEvent(event));
    this.#controller.open(course, packageUrl(source, loaded));
    this.#setPhase({ name: 'playing' });
    this.#sources.push('player');
    course.start().catch((error: unknown) => {
      if (generation === this.#generation) this.#fail('course.failed', errorText(error));
    });
  }

  /** The bar follows every report; screen readers hear of it at most every few seconds. */
  #showDownload(download: Download): void {
    const now = performance.now();
    if (now - this.#announcedAt >= ANNOUNCE_DOWNLOAD_EVERY_MS) {
      this.#announcedDownload = download;
      this.#announcedAt = now;
    }
    this.#setPhase({ name: 'loading', stage: 'preparing-zip', download });
  }

  /** The manifest to play, or undefined after showing why there is none. */
  #playableManifest(opened: OpenedPackage): ManifestModel | undefined {
    const text = this.#text;
    if (!opened.playable || opened.manifest === undefined) {
      const unreadable = opened.findings.find((finding) => finding.code === 'package.unreadable');
      if (unreadable !== undefined) this.#fail('network', text.networkFailure(`${unreadable.path}: ${unreadable.message}`));
      else {
        const first = opened.findings.find((finding) => finding.severity === 'error');
        this.#fail('package.invalid', first === undefined ? text.invalidPackage : `${text.invalidPackage} ${first.message}`, opened.findings);
      }
      return undefined;
    }
    const versionUnknown = opened.findings.some((finding) => finding.code === UNKNOWN_SCORM_VERSION);
    const declared = this.scormVersion === '1.2' || this.scormVersion === '2004' ? this.scormVersion : undefined;
    return versionUnknown && declared !== undefined ? { ...opened.manifest, scormVersion: declared } : opened.manifest;
  }

  #fail(code: string, message: string, findings: readonly Finding[] = []): void {
    this.#setPhase({ name: 'error', code, message, findings });
    dispatchPlayerEvent(this, 'scorm-error', findings.length === 0 ? { code, message } : { code, message, findings });
  }

  #request(request: NavigationRequest, source: RequestSource): void {
    const course = this.#course;
    if (course === undefined) return;
    const generation = this.#generation;
    this.#notice = '';
    this.#sources.push(source);
    course.navigate(request).catch((error: unknown) => {
      if (generation === this.#generation) this.#fail('course.failed', errorText(error));
    });
  }

  #onCourseEvent(event: CourseEvent): void {
    this.#controller.courseEvent(event);
    switch (event.type) {
      case 'delivery':
        this.#deliver(event.delivery);
        break;
      case 'navigation': {
        const source = event.source === 'learner' ? (this.#sources.shift() ?? 'controls') : 'content';
        const { result } = event;
        dispatchPlayerEvent(this, 'scorm-navigate', {
          request: event.request,
          source,
          delivered: result.deliver?.id,
          exception: result.exception,
          ended: result.endSession,
        });
        if (result.exception !== undefined && source === 'player' && result.deliver === undefined && !result.endSession) {
          this.#setPhase({ name: 'choosing' });
        } else if (result.exception !== undefined && source !== 'content') {
          this.#notice = this.#text.refused;
        }
        if (result.endSession) {
          this.#clearTimers();
          this.#setPhase({ name: 'ended', suspended: this.#course?.navigator.suspendedActivity !== undefined });
        }
        break;
      }
      case 'content-end':
      case 'state-saved':
        break;
    }
    this.requestUpdate();
  }

  /** SN DB.2 in the page: the API where the content finds it, then the content itself. */
  #deliver(delivery: Delivery): void {
    const course = this.#course;
    const loaded = this.#loaded;
    if (course === undefined || loaded === undefined) return;
    this.#clearTimers();
    const { activity, session } = delivery;
    delivery.onUnload = () => {
      this.#clearTimers();
      this.#apiFrame.takeDown();
    };
    this.#apiFrame.expose(course.runtime.scorm, session.api);
    this.#apiFrame.element.title = this.#text.contentTitle(activity.title);
    this.#watch = new StatusWatch(course.runtime.scorm, activity.id, session.dataModel);
    const url = new URL(delivery.url, loaded.baseUrl).href;
    const newWindow = this.launchMode === 'window';
    this.#setPhase({ name: 'playing' });
    dispatchPlayerEvent(this, 'scorm-launch', { activityId: activity.id, title: activity.title, url, scorm: course.runtime.scorm, newWindow });
    const isSco = activity.launch?.resource.scormType === 'sco';
    if (newWindow) {
      if (this.#apiFrame.openWindow(url, POPUP_FEATURES) === null) {
        this.#fail('window.blocked', this.#text.popupBlocked);
        return;
      }
      this.#watchPopup(delivery);
      if (isSco) this.#watchApi(delivery);
    } else {
      void this.#apiFrame.loadInFrame(url, this.#text.contentTitle(activity.title)).then(() => {
        if (isSco && this.#course?.delivery === delivery) this.#watchApi(delivery);
      });
    }
  }

  /** Content that never calls Initialize is said so after `api-timeout` seconds (RTE §3.1.5). */
  #watchApi(delivery: Delivery): void {
    const seconds = this.apiTimeout;
    if (!(seconds > 0)) return;
    clearTimeout(this.#apiTimer);
    this.#apiTimer = setTimeout(() => {
      if (this.#course?.delivery !== delivery) return;
      const message = this.#text.apiNotFound(seconds);
      this.#notice = message;
      this.requestUpdate();
      dispatchPlayerEvent(this, 'scorm-error', { code: 'api.not-found', message });
    }, seconds * 1000);
  }

  /** A content window the learner closed is content unloaded: its session ends as the book says. */
  #watchPopup(delivery: Delivery): void {
    this.#popupTimer = setInterval(() => {
      if (this.#apiFrame.popup !== null) return;
      clearInterval(this.#popupTimer);
      if (this.#course?.delivery === delivery) void delivery.session.unload();
    }, POPUP_POLL_MS);
  }

  #onRuntimeEvent(event: RuntimeEvent): void {
    switch (event.type) {
      case 'call': {
        const changes = this.#watch?.observe(event);
        if (changes?.status !== undefined) dispatchPlayerEvent(this, 'scorm-status-change', changes.status);
        if (changes?.score !== undefined) dispatchPlayerEvent(this, 'scorm-score-change', changes.score);
        break;
      }
      case 'session-start':
        clearTimeout(this.#apiTimer);
        if (this.#notice !== '') {
          this.#notice = '';
          this.requestUpdate();
        }
        dispatchPlayerEvent(this, 'scorm-initialize', { activityId: event.activityId, entry: event.entry });
        break;
      case 'commit':
        dispatchPlayerEvent(this, 'scorm-commit', {
          activityId: event.activityId,
          trigger: event.trigger,
          status: event.status,
          ...(event.error === undefined ? {} : { error: event.error }),
        });
        break;
      case 'session-end':
        dispatchPlayerEvent(this, 'scorm-session-end', { activityId: event.activityId, outcome: event.outcome, terminated: event.terminated });
        this.requestUpdate();
        break;
    }
  }

  /**
   * The page goes away or the player is removed: suspend the course when the navigator allows
   * it (the learner comes back to it), else take the content down so its session ends and saves.
   */
  #leave(): void {
    const course = this.#course;
    if (course?.delivery !== undefined && course.isValid({ type: 'suspendAll' })) {
      // The content's unload handlers run now, while the page is still here.
      this.#apiFrame.takeDown();
      this.#sources.push('player');
      const generation = this.#generation;
      void course.navigate({ type: 'suspendAll' }).finally(() => {
        if (generation === this.#generation) void this.#close();
      });
      return;
    }
    // Also stops an opening under way: the player is not in a page to play it.
    void this.#close();
  }

  /** Ends what is open, and any opening under way. */
  #close(): Promise<void> {
    this.#generation += 1;
    return this.#shutDown();
  }

  /**
   * Ends what is open: the content's session (saved), the course, the zip's serving. Resolves
   * once this and every earlier shutdown are done, so a caller knows nothing is still saving.
   */
  #shutDown(): Promise<void> {
    this.#clearTimers();
    this.#notice = '';
    this.#sources.length = 0;
    const course = this.#course;
    const loaded = this.#loaded;
    this.#course = undefined;
    this.#loaded = undefined;
    this.#watch = undefined;
    this.#unsubscribeCourse?.();
    this.#unsubscribeCourse = undefined;
    const unsubscribeRuntime = this.#unsubscribeRuntime;
    this.#unsubscribeRuntime = undefined;
    if (course !== undefined) {
      this.#apiFrame.takeDown();
      this.#controller.open(undefined, undefined);
    }
    const earlier = this.#closing;
    const done = (async () => {
      await earlier;
      if (course !== undefined) {
        await course.idle();
        await course.delivery?.session.unload();
        await course.runtime.flush();
      }
      unsubscribeRuntime?.();
      await loaded?.release();
    })();
    this.#closing = done.catch(() => undefined);
    return done;
  }


  #clearTimers(): void {
    clearTimeout(this.#apiTimer);
    clearInterval(this.#popupTimer);
  }

  readonly #onPageHide = (): void => this.#leave();

  /** Back from the back-forward cache: the course was suspended or closed on the way out. */
  readonly #onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this.#needsLoad = true;
    this.requestUpdate();
  };

  readonly #onFullScreenChange = (): void => {
    this.#fullScreen = document.fullscreenElement === this;
    this.requestUpdate();
  };

  readonly #toggleFullScreen = (): void => {
    if (document.fullscreenElement === this) void document.exitFullscreen();
    else void this.requestFullscreen().catch(() => undefined);
  };

  /** WAI-ARIA APG toolbar: arrows, Home and End move between the usable controls. */
  readonly #onToolbarKey = (event: KeyboardEvent): void => {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].filter(
      (button) => !button.disabled && !button.hidden,
    );
    if (buttons.length === 0) return;
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
    event.preventDefault();
  };
}

/** The manifest's URL as a scorm-trace/1 `package` names it; a zip given as a File has none. */
function packageUrl(source: PackageSource, loaded: LoadedPackage): string | undefined {
  if (source.kind === 'folder') return `${loaded.baseUrl}imsmanifest.xml`;
  return typeof source.source === 'string' ? source.source : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

declare global {
  interface HTMLElementTagNameMap {
    'scorm-player': ScormPlayer;
  }
  /** The player's events bubble and compose, so `addEventListener` is typed on any element above it. */
  interface HTMLElementEventMap extends ScormPlayerEventMap {}
}

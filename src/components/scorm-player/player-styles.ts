import { css } from 'lit';

/**
 * The player's look. Custom properties (all optional) theme it; every region is a ::part for
 * anything further.
 */
export const playerStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    block-size: var(--scorm-player-height, 36rem);
    color: var(--scorm-player-color, #1d1d1f);
    background: var(--scorm-player-background, #fff);
    border: var(--scorm-player-border, 1px solid #d0d0d7);
    font: var(--scorm-player-font, 14px/1.4 system-ui, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  :host(:fullscreen) {
    block-size: 100vh;
    border: 0;
  }
  .player {
    display: grid;
    grid-template: 'toolbar toolbar' auto 'toc stage' 1fr 'after after' auto / auto 1fr;
    block-size: 100%;
  }
  [part~='toolbar'] {
    grid-area: toolbar;
    display: flex;
    gap: 0.4rem;
    align-items: center;
    padding: 0.35rem 0.5rem;
    background: var(--scorm-player-toolbar-background, #f4f4f7);
    border-block-end: var(--scorm-player-border, 1px solid #d0d0d7);
  }
  .spacer {
    flex: 1;
  }
  [part~='control'] {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border-radius: 0.3rem;
    border: 1px solid var(--scorm-player-accent, #2a5bd7);
    background: var(--scorm-player-control-background, #fff);
    color: var(--scorm-player-accent, #2a5bd7);
    cursor: pointer;
  }
  [part~='control']:disabled {
    opacity: 0.45;
    cursor: default;
  }
  [part~='control']:focus-visible {
    outline: 2px solid var(--scorm-player-focus, #2a5bd7);
    outline-offset: 2px;
  }
  ::slotted([slot='toc']) {
    grid-area: toc;
    overflow: auto;
    border-inline-end: var(--scorm-player-border, 1px solid #d0d0d7);
  }
  [part~='stage'] {
    grid-area: stage;
    position: relative;
    min-block-size: 0;
  }
  .frame-host {
    block-size: 100%;
  }
  .frame-host[hidden] {
    display: none;
  }
  .after {
    grid-area: after;
  }
  [part~='frame'] {
    display: block;
    border: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  [part~='frame'][hidden] {
    display: none;
  }
  .overlay {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 1.5rem;
    background: var(--scorm-player-background, #fff);
  }
  [part~='loading'] {
    display: grid;
    place-content: center;
    gap: 0.5rem;
    text-align: center;
  }
  [part~='progress'] {
    inline-size: 16rem;
    accent-color: var(--scorm-player-accent, #2a5bd7);
  }
  [part~='progress-text'] {
    font-variant-numeric: tabular-nums;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='error'] h2 {
    margin-block-start: 0;
    font-size: 1.1rem;
    color: var(--scorm-player-error-color, #b00020);
  }
  [part~='findings'] li {
    margin-block: 0.4rem;
  }
  .finding-code,
  .finding-path {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  [part~='notice'] {
    position: absolute;
    inset-inline: 0.5rem;
    inset-block-end: 0.5rem;
    padding: 0.5rem 0.8rem;
    border-radius: 0.3rem;
    background: var(--scorm-player-notice-background, #fff4d6);
    color: var(--scorm-player-notice-color, #4a3b00);
  }
  [part~='notice']:empty {
    display: none;
  }
`;

// <scorm-toc> in Chromium: the ARIA tree, look-ahead's hidden and disabled entries, keyboard use,
// choice navigation, and the three ways of finding the player (property, for=, context).
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { MemoryPlayerController, scormPlayerContext, type ScormChooseEvent } from '../../../src/components/context/index.js';
import { ScormToc } from '../../../src/components/scorm-toc/index.js';
import { courseTree, FakeNavigator } from '../../components/context/course-fixture.js';
import { expectEqual } from '../browser-test.js';

declare global {
  function afterEach(body: () => void): void;
}

function setUp(currentId?: string) {
  const tree = courseTree();
  const navigator = new FakeNavigator(tree, currentId);
  const controller = new MemoryPlayerController({ tree, navigator, scorm: '2004' });
  return { tree, navigator, controller };
}

async function mount(controller: MemoryPlayerController): Promise<ScormToc> {
  const toc = document.createElement('scorm-toc');
  toc.controller = controller;
  document.body.append(toc);
  await toc.updateComplete;
  return toc;
}

const items = (toc: ScormToc) => [...toc.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const item = (toc: ScormToc, id: string) => items(toc).find((element) => element.dataset['activity'] === id);
const ids = (toc: ScormToc) => items(toc).map((element) => element.dataset['activity']);
const press = (target: HTMLElement, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
const focused = (toc: ScormToc) => (toc.shadowRoot!.activeElement as HTMLElement | null)?.dataset['activity'];

describe('<scorm-toc>', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the activity tree as an ARIA tree with levels, groups and the current entry', async () => {
    const { controller } = setUp('A');
    const toc = await mount(controller);
    expectEqual(toc.shadowRoot!.querySelector('[role="tree"]')?.getAttribute('aria-label'), 'Table of contents', 'tree label');
    expectEqual(ids(toc), ['ORG', 'M1', 'A', 'B', 'C'], 'entries');
    expectEqual(item(toc, 'A')?.getAttribute('aria-level'), '3', 'level of A');
    expectEqual(item(toc, 'M1')?.getAttribute('aria-expanded'), 'true', 'M1 expanded');
    expectEqual(item(toc, 'A')?.hasAttribute('aria-expanded'), false, 'a leaf has no aria-expanded');
    expectEqual(item(toc, 'M1')?.querySelector(':scope > [role="group"]') !== null, true, 'children in a group');
    expectEqual(item(toc, 'A')?.getAttribute('aria-current'), 'true', 'current entry');
    expectEqual(items(toc).filter((element) => element.tabIndex === 0).map((element) => element.dataset['activity']), ['A'], 'roving tabindex on the current entry');
  });

  it('gives each entry a status as text and as a part, and re-renders on a change', async () => {
    const { controller } = setUp();
    const toc = await mount(controller);
    const status = () => item(toc, 'B')?.querySelector('[part~="status"]');
    expectEqual(status()?.textContent, 'Not attempted', 'initial status');
    controller.statuses.set('B', { attempted: true, completion: 'completed', success: 'unknown', suspended: false, attempts: 1, measure: null });
    controller.change({ type: 'tracking' });
    await toc.updateComplete;
    expectEqual(status()?.textContent, 'Completed', 'status after the change');
    expectEqual(status()?.getAttribute('part'), 'status status-completed', 'status part');
  });

  it('leaves hidden entries out and marks disabled ones, exactly as tocAvailability says', async () => {
    const { controller, navigator } = setUp();
    navigator.availability.set('M1', 'hidden');
    navigator.availability.set('C', 'disabled');
    const toc = await mount(controller);
    expectEqual(ids(toc), ['ORG', 'C'], 'entries shown');
    expectEqual(item(toc, 'C')?.getAttribute('aria-disabled'), 'true', 'C disabled');
    expectEqual(item(toc, 'C')?.getAttribute('part'), 'item item-not-attempted item-disabled', 'C parts');
  });

  it('moves focus with the arrow keys, Home and End, and collapses and expands with Left and Right', async () => {
    const { controller } = setUp();
    const toc = await mount(controller);
    item(toc, 'ORG')!.focus();
    press(item(toc, 'ORG')!, 'ArrowDown');
    await toc.updateComplete;
    expectEqual(focused(toc), 'M1', 'after Down');
    press(item(toc, 'M1')!, 'ArrowLeft');
    await toc.updateComplete;
    expectEqual(item(toc, 'M1')?.getAttribute('aria-expanded'), 'false', 'collapsed');
    expectEqual(ids(toc), ['ORG', 'M1', 'C'], 'children hidden');
    press(item(toc, 'M1')!, 'ArrowRight');
    await toc.updateComplete;
    expectEqual(ids(toc), ['ORG', 'M1', 'A', 'B', 'C'], 'expanded again');
    press(item(toc, 'M1')!, 'End');
    await toc.updateComplete;
    expectEqual(focused(toc), 'C', 'after End');
    expectEqual(item(toc, 'C')?.tabIndex, 0, 'the focused entry is the tabbable one');
    press(item(toc, 'C')!, 'Home');
    await toc.updateComplete;
    expectEqual(focused(toc), 'ORG', 'after Home');
  });

  it('chooses an enabled entry with Enter: fires scorm-choose, then asks for a choice', async () => {
    const { controller, navigator } = setUp();
    const toc = await mount(controller);
    const heard: unknown[] = [];
    toc.addEventListener('scorm-choose', (event: ScormChooseEvent) => heard.push(event.detail.request));
    press(item(toc, 'B')!, 'Enter');
    expectEqual(heard, [{ type: 'choice', target: 'B' }], 'event detail');
    expectEqual(navigator.requests, [{ type: 'choice', target: 'B' }], 'request carried out');
    await toc.updateComplete;
    expectEqual(item(toc, 'B')?.getAttribute('aria-current'), 'true', 'B is now current');
  });

  it('does not navigate when scorm-choose is canceled, nor for a disabled entry', async () => {
    const { controller, navigator } = setUp();
    navigator.availability.set('C', 'disabled');
    const toc = await mount(controller);
    let events = 0;
    toc.addEventListener('scorm-choose', (event) => {
      events++;
      event.preventDefault();
    });
    item(toc, 'B')!.querySelector<HTMLElement>('[part="row"]')!.click();
    press(item(toc, 'C')!, 'Enter');
    expectEqual(events, 1, 'only the enabled entry fired');
    expectEqual(navigator.requests, [], 'nothing carried out');
  });

  it('finds the player named by for=, also when the player is defined later', async () => {
    const { controller } = setUp();
    const toc = document.createElement('scorm-toc');
    toc.setAttribute('for', 'player-1');
    const player = document.createElement('scorm-player');
    player.id = 'player-1';
    document.body.append(toc, player);
    await toc.updateComplete;
    expectEqual(items(toc).length, 0, 'nothing before the player is defined');
    customElements.define('scorm-player', class extends HTMLElement {
      readonly controller = controller;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await toc.updateComplete;
    expectEqual(ids(toc), ['ORG', 'M1', 'A', 'B', 'C'], 'entries from the named player');
  });

  it('uses the controller an enclosing element provides through the context', async () => {
    const { controller } = setUp();
    class Provider extends LitElement {
      readonly provider = new ContextProvider(this, { context: scormPlayerContext, initialValue: controller });
      override render() {
        return html`<slot></slot>`;
      }
    }
    customElements.define('test-player-provider', Provider);
    const provider = document.createElement('test-player-provider');
    const toc = document.createElement('scorm-toc');
    provider.append(toc);
    document.body.append(provider);
    await toc.updateComplete;
    expectEqual(ids(toc), ['ORG', 'M1', 'A', 'B', 'C'], 'entries from the context');
  });

  it('takes replacement strings for another language', async () => {
    const { controller } = setUp();
    const toc = await mount(controller);
    toc.strings = { ...toc.strings, label: 'Inhalt', status: { ...toc.strings.status, 'not-attempted': 'Nicht begonnen' } };
    await toc.updateComplete;
    expectEqual(toc.shadowRoot!.querySelector('[role="tree"]')?.getAttribute('aria-label'), 'Inhalt', 'label');
    expectEqual(item(toc, 'A')?.querySelector('[part~="status"]')?.textContent, 'Nicht begonnen', 'status text');
  });
});

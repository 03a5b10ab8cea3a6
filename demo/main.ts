// The demo page (`npm start`): a gallery of the sample packages in ./packages (written for this
// project), a zip dropped or picked by the learner, or `?src=URL`; the player with its table of
// contents, and the debugger beside it. Attempts are kept in localStorage, so a reload resumes.
import '../src/components/index.js';
import type { ScormPlayer } from '../src/components/scorm-player/index.js';
import { storageAdapter } from '../src/runtime/index.js';

const samples = [
  { folder: 'single-sco-12', title: 'Single SCO, SCORM 1.2' },
  { folder: 'single-sco-2004', title: 'Single SCO, SCORM 2004' },
  { folder: 'multi-sco-2004', title: 'Multi-SCO, SCORM 2004' },
  { folder: 'sequencing-2004', title: 'Sequencing: pre-test or lesson' },
];

const keyPrefix = 'scorm-player-demo:';

// Zips are served by the built worker (`npm run build:sw` writes dist/scorm-player-sw.js); the
// glob finds it when it is there and is empty when it is not, so folders still play.
const workers = import.meta.glob('../dist/scorm-player-sw.js', { query: '?url', import: 'default', eager: true });
const serviceWorkerUrl = Object.values(workers)[0] as string | undefined;

const player = document.querySelector<ScormPlayer>('#player')!;
const gallery = document.querySelector<HTMLUListElement>('#gallery')!;
const status = document.querySelector<HTMLSpanElement>('#status')!;
const drop = document.querySelector<HTMLLabelElement>('#drop')!;
const fileInput = document.querySelector<HTMLInputElement>('#file')!;

player.adapter = storageAdapter({ storage: localStorage, keyPrefix });
if (serviceWorkerUrl !== undefined) player.setAttribute('service-worker', serviceWorkerUrl);

function show(what: string): void {
  for (const button of gallery.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.src === what));
}

function play(src: string, registration: string): void {
  player.file = undefined;
  player.registration = registration;
  player.src = src;
  show(src);
  const url = new URL(location.href);
  url.searchParams.set('src', src);
  history.replaceState(null, '', url);
}

function playFile(file: File): void {
  if (serviceWorkerUrl === undefined) {
    status.textContent = 'Zips need the service worker: run `npm run build:sw` once, then reload.';
    return;
  }
  player.src = undefined;
  player.registration = `file:${file.name}`;
  player.file = file;
  show('');
}

for (const sample of samples) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = sample.title;
  button.dataset.src = `./packages/${sample.folder}/`;
  button.addEventListener('click', () => play(button.dataset.src!, sample.folder));
  item.append(button);
  gallery.append(item);
}

drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) playFile(file);
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) playFile(file);
});

// The course is closed first: closing saves, and would write back what was just forgotten.
document.querySelector('#forget')!.addEventListener('click', async () => {
  await player.close();
  for (const key of Object.keys(localStorage)) if (key.startsWith(keyPrefix)) localStorage.removeItem(key);
  await player.reload();
});

player.addEventListener('scorm-status-change', ({ detail }) => {
  status.textContent = `${detail.activityId}: ${detail.completionStatus}, ${detail.successStatus}`;
});
player.addEventListener('scorm-error', ({ detail }) => {
  status.textContent = `${detail.code}: ${detail.message}`;
});

const requested = new URLSearchParams(location.search).get('src');
const first = samples[2]!;
if (requested !== null) play(requested, `url:${requested}`);
else play(`./packages/${first.folder}/`, first.folder);

/**
 * Every text <scorm-player> shows or announces, so that a page can play courses in its own
 * language: set the element's `strings` property to a partial object; what it leaves out stays
 * English. Functions take the values a sentence needs, since word order differs by language.
 */
export interface PlayerStrings {
  previous: string;
  continue: string;
  exit: string;
  suspend: string;
  fullScreen: string;
  exitFullScreen: string;
  navigation: string;
  contentTitle: (activityTitle: string) => string;
  loading: string;
  stagePreparingZip: string;
  /** Bytes of the zip downloaded so far, and its size when the server announced it. */
  downloadProgress: (loaded: number, total: number | undefined) => string;
  stageReadingManifest: string;
  stageStarting: string;
  noPackage: string;
  ended: string;
  suspended: string;
  errorHeading: string;
  invalidPackage: string;
  networkFailure: (detail: string) => string;
  apiNotFound: (seconds: number) => string;
  refused: string;
  chooseStart: string;
  openedInNewWindow: string;
  reopenWindow: string;
  popupBlocked: string;
  startAgain: string;
  resume: string;
  restart: string;
}

export const defaultStrings: Readonly<PlayerStrings> = {
  previous: 'Previous',
  continue: 'Continue',
  exit: 'Exit',
  suspend: 'Suspend',
  fullScreen: 'Full screen',
  exitFullScreen: 'Leave full screen',
  navigation: 'Course navigation',
  contentTitle: (activityTitle) => `Course content: ${activityTitle}`,
  loading: 'Loading the course…',
  stagePreparingZip: 'Preparing the zip',
  downloadProgress: (loaded, total) =>
    total === undefined ? `${megabytes(loaded)} MB received` : `${megabytes(loaded)} of ${megabytes(total)} MB`,
  stageReadingManifest: 'Reading the manifest',
  stageStarting: 'Starting the course',
  noPackage: 'No course loaded.',
  ended: 'The course has ended.',
  suspended: 'The course is suspended: you can resume it where you left off.',
  errorHeading: 'This course cannot be played',
  invalidPackage: 'The package has problems that prevent it from playing:',
  networkFailure: (detail) => `The course could not be loaded: ${detail}`,
  apiNotFound: (seconds) =>
    `The content did not connect to the player within ${seconds} seconds: it may not be SCORM content, or it looks for the API of another SCORM version.`,
  refused: 'That is not possible at this point of the course.',
  chooseStart: 'This course does not start by itself. Choose where to begin:',
  openedInNewWindow: 'The content is open in a new window.',
  reopenWindow: 'Bring the window back',
  popupBlocked: 'The browser blocked the content window. Allow pop-ups for this site and try again.',
  startAgain: 'Try again',
  resume: 'Resume',
  restart: 'Start again',
};

/** Bytes as megabytes (10^6, as browsers and file managers count them) with one decimal. */
function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** SCORM 1.2 navigation: the navigator, its saved state and the prerequisites script. */
export { createScorm12Navigator, Scorm12Navigator } from './scorm12-navigator.js';
export type { Scorm12NavigatorOptions } from './scorm12-navigator.js';
export { Navigation12StateError, savedStateFormat, savedStateVersion } from './navigation12-state.js';
export type { ItemProgress, SavedNavigation12State, SavedItemProgress } from './navigation12-state.js';
export { PrerequisitesFinding } from './item-prerequisites.js';
export { parsePrerequisites } from './prerequisites-script.js';
export type { PrerequisitesExpression, PrerequisitesParse } from './prerequisites-script.js';
export type { LessonStatus } from './lesson-status.js';

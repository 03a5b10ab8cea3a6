/**
 * ADL's instructions and UI questions name activities by their titles, and the root of a
 * package by a sentence around its organization's title (CM-04b, CM-07a…e, SX-04b).
 */
import type { CtsActivityReference } from './script-model.js';

const ROOT_OF = /^the activity that corresponds to the root of "(.+)"$/;

export function activityReference(text: string): CtsActivityReference {
  const root = ROOT_OF.exec(text);
  return root === null ? { kind: 'title', title: text } : { kind: 'root', organizationTitle: root[1]! };
}

export function describeActivityReference(reference: CtsActivityReference): string {
  return reference.kind === 'title' ? `"${reference.title}"` : `the root of "${reference.organizationTitle}"`;
}

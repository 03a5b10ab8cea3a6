/** What `scorm-harness --version` prints: the package's version (a test keeps the two equal). */
export const harnessVersion = '0.1.0';

/** The traversal directions of the flow and choice subprocesses (SN book 4th ed. SB.2.1–SB.2.4, SB.2.9.2). */
export type TraversalDirection = 'forward' | 'backward';

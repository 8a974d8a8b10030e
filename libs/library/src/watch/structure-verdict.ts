/**
 * What reading a file's headers and tail tells: whole (every frame there, to the length the header claims),
 * cut short (why), or unknown (a format without such a check, or a file it cannot tell about).
 */
export type StructureVerdict =
  { kind: 'whole'; durationMs: number } | { kind: 'cut'; reason: string } | { kind: 'unknown' };

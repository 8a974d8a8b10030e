/** A named stretch of a mix, in CUE frames (1/75 s) so sheets and chapters agree to the frame. */
export interface Chapter {
  title: string;
  startFrames: number;
  /** Where the next chapter starts, or the end of the mix. */
  endFrames: number;
}

/** Chapters from ordered starts: each runs to the next start, the last to the end of the mix. */
export function chaptersFromStarts(starts: { title: string; startFrames: number }[], mixFrames: number): Chapter[] {
  const ordered = [...starts].filter((s) => s.startFrames < mixFrames).sort((a, b) => a.startFrames - b.startFrames);
  return ordered.map((start, i) => ({
    title: start.title,
    startFrames: start.startFrames,
    endFrames: ordered[i + 1]?.startFrames ?? mixFrames,
  }));
}

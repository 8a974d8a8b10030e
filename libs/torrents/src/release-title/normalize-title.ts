/**
 * Scene names use `_` and `.` for spaces ("Green.Day-Father.Of.All.FLAC"); both become spaces, except a dot
 * between digits, which is a decimal ("44.1kHz", "88.2").
 */
export function normalizeReleaseTitle(title: string): string {
  return title
    .replace(/_/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

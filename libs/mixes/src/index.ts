export * from './tracklist/tracklist.types.js';
export { parseTracklist, MAX_TRACKLIST_LINES, MAX_LINE_LENGTH } from './tracklist/parse-tracklist.js';
export { parseClock, formatClock } from './tracklist/parse-clock.js';

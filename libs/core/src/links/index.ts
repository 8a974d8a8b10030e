export { channelKind, isLink, isMediaFileLink, LINK_PATTERN, mayListEntries } from './link-shape.js';

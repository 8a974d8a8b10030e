export { channelKind, isLink, isMediaFileLink, LARGE_LINK_ENTRIES, LINK_PATTERN } from './link-shape.js';

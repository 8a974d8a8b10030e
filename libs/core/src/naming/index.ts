export { NAMING_TOKENS, findToken, type NamingToken } from './naming-tokens.js';
export { parseTemplate, type ParsedTemplate, type TemplatePart } from './parse-template.js';
export { MAX_TEMPLATE_LENGTH, validateTemplate } from './validate-template.js';
export { chooseTemplateKind } from './choose-template-kind.js';
export { renderPath } from './render-path.js';
export {
  cleanExtension,
  cleanNameText,
  MAX_SEGMENT_BYTES,
  sanitizeSegment,
  type SegmentOptions,
} from './sanitize-segment.js';
export { joinSegments, MAX_PATH_BYTES, sanitizePath } from './sanitize-path.js';
export { truncateUtf8, utf8Length } from './utf8.js';
export { displayArtist, UNKNOWN_ARTIST } from './track-values.js';

export { type ListEntry, type ParsedList, parseRequestList, splitCsvLine } from './parse-request-list.js';

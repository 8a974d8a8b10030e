import { normalizeForMatch, VERSION_KINDS } from '../parsing/index.js';
import { searchTextOf } from './parse-conversation.js';
import type { FormatWish, RequestConstraints, RequestKind, VersionWish, YearRange } from './constraints.js';

/** What a local model answers for a request (any field may be missing or wrong). */
export interface ModelProposal {
  artist?: unknown;
  title?: unknown;
  album?: unknown;
  version?: unknown;
  versionDetail?: unknown;
  yearFrom?: unknown;
  yearTo?: unknown;
  format?: unknown;
  kind?: unknown;
  latest?: unknown;
}

const KINDS: readonly RequestKind[] = ['track', 'album', 'ep', 'single', 'discography'];
const CODECS: readonly NonNullable<FormatWish['codec']>[] = ['flac', 'mp3', 'opus', 'aac', 'vorbis', 'alac', 'wav'];
const LOSSLESS = new Set(['flac', 'alac', 'wav']);

/**
 * The rules' reading with what the model proposed and the checks let through: names only when every word of them
 * is in the request (a model may not invent an artist), known versions, kinds and codecs, plausible years. The
 * rules keep the fields they read from explicit words (format, years, kind); names the rules left to the resolver's
 * guess ("numb linkin park") are where a model helps. Undefined when nothing of the proposal survives.
 */
export function checkProposal(
  request: string,
  rules: RequestConstraints,
  proposal: ModelProposal,
): RequestConstraints | undefined {
  const words = new Set(normalizeForMatch(request).split(' '));
  const name = (value: unknown) => (isNameFrom(value, words) ? (value as string).trim() : undefined);
  const artist = name(proposal.artist);
  const title = name(proposal.title);
  const album = name(proposal.album);
  const version = versionOf(proposal, words);
  const checked: Partial<RequestConstraints> = {
    ...(artist && { artist }),
    ...(title && { title }),
    ...(album && { album }),
    ...(version && { versions: [version] }),
    ...(!rules.years && yearsOf(proposal, request) && { years: yearsOf(proposal, request) }),
    ...(!rules.format && formatOf(proposal, words) && { format: formatOf(proposal, words) }),
    ...(!rules.kind && KINDS.includes(proposal.kind as RequestKind) && { kind: proposal.kind as RequestKind }),
  };
  if (Object.keys(checked).length === 0) return undefined;
  const merged: RequestConstraints = {
    ...rules,
    ...checked,
    versions: rules.versions.length ? rules.versions : (checked.versions ?? []),
  };
  return { ...merged, searchText: searchTextOf(merged, rules.searchText) };
}

function isNameFrom(value: unknown, words: Set<string>): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return false;
  const own = normalizeForMatch(value).split(' ').filter(Boolean);
  return own.length > 0 && own.every((w) => words.has(w));
}

function versionOf(proposal: ModelProposal, words: Set<string>): VersionWish | undefined {
  const kind = typeof proposal.version === 'string' ? proposal.version.toLowerCase() : '';
  if (kind !== 'studio' && !(VERSION_KINDS as readonly string[]).includes(kind)) return undefined;
  const detail = isNameFrom(proposal.versionDetail, words) ? (proposal.versionDetail as string).trim() : undefined;
  return { kind, ...(detail && { detail }) };
}

/** Years only when the request has digits in it: "the one from the nineties" is left to the rules. */
function yearsOf(proposal: ModelProposal, request: string): YearRange | undefined {
  const from = Number(proposal.yearFrom);
  const to = proposal.yearTo === undefined || proposal.yearTo === null ? from : Number(proposal.yearTo);
  const plausible = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2100;
  if (!/\d/.test(request) || !plausible(from) || !plausible(to) || to < from || to - from > 20) return undefined;
  return { from, to };
}

function formatOf(proposal: ModelProposal, words: Set<string>): FormatWish | undefined {
  const codec = typeof proposal.format === 'string' ? proposal.format.toLowerCase() : '';
  if (!(CODECS as readonly string[]).includes(codec) || !words.has(codec)) return undefined;
  return { text: codec, codec: codec as FormatWish['codec'], ...(LOSSLESS.has(codec) && { lossless: true }) };
}

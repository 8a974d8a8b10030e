import { extractFeatured } from '@app/core';
import { bareTitle, compactName } from './song-key.js';

/** ListenBrainz's own mapping of a listen (`track_metadata.mbid_mapping`), as much of it as is judged here. */
export interface SubmittedMapping {
  recordingMbid: string;
  recordingName: string;
  creditNames: string[];
}

/** Words that join names in a credit ("A feat. B & C"), once normalised and compacted away. */
const JOINERS = /^(?:and|feat|ft|featuring|with|x|vs)*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `mbid_mapping` kept in a listen's additional info, when it names a recording and its credit. */
export function readSubmittedMapping(info: Record<string, unknown> | null | undefined): SubmittedMapping | undefined {
  const mapping = info?.['mbid_mapping'];
  if (!isObject(mapping) || typeof mapping['recording_mbid'] !== 'string') return undefined;
  const artists = Array.isArray(mapping['artists']) ? mapping['artists'] : [];
  const creditNames = artists.flatMap((artist) =>
    isObject(artist) && typeof artist['artist_credit_name'] === 'string' ? [artist['artist_credit_name']] : [],
  );
  return {
    recordingMbid: mapping['recording_mbid'].toLowerCase(),
    recordingName: typeof mapping['recording_name'] === 'string' ? mapping['recording_name'] : '',
    creditNames,
  };
}

/**
 * Whether ListenBrainz's mapping may be believed for what was submitted. Its mapper sometimes picks another
 * recording of the same title or another artist's, so the mapping is trusted only when its credit names every
 * artist the listen names (in the artist field and as "feat." in the title; a credit may name more, as
 * MusicBrainz credits guests the scrobbler left out), the first credited artist appears in the artist field,
 * and the recording's title is the submitted one, or the same before any bracket or " - " ("The Zoo Blues (Asa)").
 */
export function isMappingTrusted(artistName: string, trackName: string, mapping: SubmittedMapping): boolean {
  const credit = mapping.creditNames.map(compactName).filter(Boolean);
  if (!credit.length || !mapping.recordingName) return false;
  if (!compactName(artistName).includes(credit[0]!)) return false;
  const named = compactName(`${artistName} ${extractFeatured(trackName).featured.join(' ')}`);
  return namesOnly(named, credit) && sameTitle(trackName, mapping.recordingName);
}

/** True when removing the credited names leaves nothing but joining words. */
function namesOnly(named: string, credit: string[]): boolean {
  let rest = [named];
  for (const name of [...credit].sort((a, b) => b.length - a.length)) {
    rest = rest.flatMap((part) => part.split(name));
  }
  return rest.every((part) => JOINERS.test(part));
}

function sameTitle(trackName: string, recordingName: string): boolean {
  const submitted = bareTitle(trackName);
  const recorded = bareTitle(recordingName);
  if (!compactName(submitted) || !compactName(recorded)) return false;
  return (
    compactName(submitted) === compactName(recorded) ||
    (compactName(titleBase(submitted)) !== '' && compactName(titleBase(submitted)) === compactName(titleBase(recorded)))
  );
}

/** The title before any version note: "Midnight River - Memtrix Remix" and "Midnight River (Memtrix remix)". */
function titleBase(title: string): string {
  return title.split(/\s+[-‐–—]\s+|\s*[([]/)[0] ?? '';
}

import type { ProviderRecording } from '../provider-models.js';
import type {
  MbArtistCredit,
  MbIsrcLookup,
  MbRecording,
  MbRecordingSearch,
  MbRelease,
  MbTrack,
} from './musicbrainz.types.js';

const RECORDING_URL = 'https://musicbrainz.org/recording/';
const PRIMARY_TYPE_ORDER = ['Album', 'EP', 'Single'];

/** Every recording of a search answer, in MusicBrainz's order. */
export function mapRecordingSearch(body: MbRecordingSearch): ProviderRecording[] {
  return (body.recordings ?? []).map((recording) => mapRecording(recording));
}

/**
 * Every recording carrying the ISRC. The ISRC endpoint does not list each recording's ISRCs, so the code that
 * was looked up stands in for them.
 */
export function mapIsrcLookup(body: MbIsrcLookup): ProviderRecording[] {
  return (body.recordings ?? []).map((recording) => {
    const mapped = mapRecording(recording);
    return mapped.isrc ? mapped : { ...mapped, isrc: body.isrc };
  });
}

/** One ws/2 recording (search hit or lookup) as a provider-neutral recording. */
export function mapRecording(recording: MbRecording): ProviderRecording {
  const credits = recording['artist-credit'] ?? [];
  const releases = recording.releases ?? [];
  const release = pickBestRelease(releases);
  const extra: Record<string, unknown> = {
    artistCredit: creditedAs(credits),
    artistIds: credits.map((credit) => credit.artist.id),
    releaseCount: releases.length,
    ...(recording.score != null && { score: recording.score }),
    ...(recording['first-release-date'] && { firstReleaseDate: recording['first-release-date'] }),
    ...(release && releaseFacts(release)),
  };
  return {
    provider: 'musicbrainz',
    providerId: recording.id,
    mbid: recording.id,
    title: recording.title,
    artists: credits.map((credit) => credit.name),
    ...(recording.length != null && { durationMs: recording.length }),
    ...(recording.isrcs?.[0] && { isrc: recording.isrcs[0] }),
    ...(release && { album: release.title }),
    ...(release?.date && { releaseDate: release.date }),
    ...(recording.disambiguation && { disambiguation: recording.disambiguation }),
    isVideo: recording.video === true,
    url: `${RECORDING_URL}${recording.id}`,
    extra,
  };
}

/** The artist credit as MusicBrainz displays it: "Lady Gaga & Bruno Mars". */
export function creditedAs(credits: readonly MbArtistCredit[]): string {
  return credits.map((credit) => `${credit.name}${credit.joinphrase ?? ''}`).join('');
}

/**
 * The release that best stands for the recording: official, on an album (then EP, single), not on a live or
 * compilation release group, earliest date, without an edition note.
 */
export function pickBestRelease(releases: readonly MbRelease[]): MbRelease | undefined {
  let best: MbRelease | undefined;
  for (const release of releases) {
    if (!best || compareReleases(release, best) < 0) best = release;
  }
  return best;
}

function compareReleases(a: MbRelease, b: MbRelease): number {
  const keyA = releaseKey(a);
  const keyB = releaseKey(b);
  for (let i = 0; i < keyA.length; i++) {
    const x = keyA[i] as number | string;
    const y = keyB[i] as number | string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

function releaseKey(release: MbRelease): (number | string)[] {
  const group = release['release-group'];
  const primary = PRIMARY_TYPE_ORDER.indexOf(group?.['primary-type'] ?? '');
  return [
    release.status === 'Official' ? 0 : 1,
    primary === -1 ? PRIMARY_TYPE_ORDER.length : primary,
    group?.['secondary-types']?.length ? 1 : 0,
    dateKey(release.date),
    release.disambiguation ? 1 : 0,
    // Searches and lookups list releases in different orders; the id settles ties the same way in both.
    release.id,
  ];
}

/** A year-only date says less than a full date in the same year, so it sorts after it; no date sorts last. */
function dateKey(date: string | null | undefined): string {
  return date ? date.padEnd(10, '~') : '~';
}

function releaseFacts(release: MbRelease): Record<string, unknown> {
  const group = release['release-group'];
  const placement = trackPlacement(release);
  return {
    releaseId: release.id,
    ...(group && { releaseGroupId: group.id }),
    ...(group?.['primary-type'] && { primaryType: group['primary-type'] }),
    ...(group && { secondaryTypes: group['secondary-types'] ?? [] }),
    ...(release.status && { releaseStatus: release.status }),
    ...(placement?.trackNumber && { trackNumber: placement.trackNumber }),
    ...(placement?.discNumber != null && { discNumber: placement.discNumber }),
  };
}

/** Where the recording sits on the release, when the answer includes media. */
function trackPlacement(release: MbRelease): { trackNumber?: string; discNumber?: number } | undefined {
  for (const medium of release.media ?? []) {
    const track: MbTrack | undefined = (medium.track ?? medium.tracks ?? [])[0];
    if (!track) continue;
    return {
      ...(track.number && { trackNumber: track.number }),
      ...(medium.position != null && { discNumber: medium.position }),
    };
  }
  return undefined;
}

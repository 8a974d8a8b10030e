import { Inject, Injectable } from '@nestjs/common';
import {
  isSameRecording,
  type Recommendation,
  recommend,
  type RecordingCandidate,
  rankScored,
  type Scored,
  scoreRecording,
  targetFromRecording,
} from '@app/core';
import { toRecordingCandidate } from '../identity/to-candidate.js';
import {
  isCoverProvider,
  isLyricsProvider,
  isMetadataProvider,
  type MetadataProvider,
  type Provider,
  RESOLVER_PROVIDERS,
} from '../providers/provider.types.js';
import { type FingerprintMatch, isFingerprintProvider } from '../providers/acoustid/acoustid.types.js';
import {
  ACOUSTID_CONFIDENT_SCORE,
  checkFingerprint,
  type FingerprintCheck,
  type JobFingerprint,
} from './fingerprint-check.js';
import { onRequestedRelease } from './on-requested-release.js';
import { withReleaseDetails } from './release-details.js';
import { metadataFrom, type TrackMetadata } from './track-metadata.js';

/** How many of the recordings AcoustID names for otherwise unknown audio are looked up at MusicBrainz. */
const ACOUSTID_NAMED_LOOKED_UP = 3;

export interface MetadataMatch {
  /** Settled metadata when sure; undefined when a person should choose among `ranked`. */
  metadata?: TrackMetadata;
  ranked: Scored<RecordingCandidate>[];
  recommendation?: Recommendation<RecordingCandidate>;
  reason: string;
}

/** Canonical metadata for a chosen recording: MusicBrainz ids, release, track number, cover, lyrics. */
@Injectable()
export class MetadataMatcher {
  constructor(@Inject(RESOLVER_PROVIDERS) private readonly providers: Provider[]) {}

  async match(recording: RecordingCandidate, signal?: AbortSignal): Promise<MetadataMatch> {
    const mb = this.providers.find((p): p is MetadataProvider => p.id === 'musicbrainz' && isMetadataProvider(p));
    if (!mb?.isEnabled()) {
      return {
        metadata: metadataFrom(recording),
        ranked: [],
        reason: `MusicBrainz is off: metadata as ${recording.provider} gave it`,
      };
    }
    if (recording.mbid && mb.lookupRecording) {
      const found = await mb.lookupRecording(recording.mbid, signal);
      const canonical = found ? onRequestedRelease(recording, toRecordingCandidate(found)) : recording;
      return { metadata: metadataFrom(canonical), ranked: [], reason: `MusicBrainz recording ${recording.mbid}` };
    }
    const isrc = recording.isrcs?.[0];
    const found =
      isrc && mb.lookupIsrc
        ? await mb.lookupIsrc(isrc, signal)
        : await mb.searchRecordings(
            {
              text: `${recording.artists.join(' ')} ${recording.title}`,
              title: recording.title,
              artist: recording.artists.join(' '),
            },
            signal,
          );
    const ranked = rankScored(
      found.map(toRecordingCandidate).map((c) => scoreRecording(targetFromRecording(recording), c)),
    );
    if (ranked.length === 0) {
      const reason = `MusicBrainz knows no recording like it: metadata as ${recording.provider} gave it`;
      return { metadata: metadataFrom(recording), ranked, reason };
    }
    const recommendation = recommend(ranked, { isSame: isSameRecording });
    if (recommendation.level === 'strong' && recommendation.best) {
      const canonical = onRequestedRelease(recording, recommendation.best.candidate);
      return {
        metadata: metadataFrom(canonical),
        ranked,
        recommendation,
        reason: `MusicBrainz match: ${recommendation.reason}`,
      };
    }
    return {
      ranked,
      recommendation,
      reason: `MusicBrainz match not sure (${recommendation.level}): ${recommendation.reason}`,
    };
  }

  /** AcoustID's view of the fingerprint next to the matched recording; undefined when AcoustID is off. */
  async checkFingerprint(
    fingerprint: JobFingerprint,
    matchedMbid: string | undefined,
    signal?: AbortSignal,
  ): Promise<FingerprintCheck | undefined> {
    const acoustid = this.providers.find(isFingerprintProvider);
    if (!acoustid?.isEnabled()) return undefined;
    return checkFingerprint(acoustid, fingerprint, matchedMbid, signal);
  }

  /**
   * The recordings AcoustID confidently names for audio nothing else identifies, as MusicBrainz knows them, best
   * first; none when AcoustID is off, unsure or cannot be asked.
   */
  async recordingsOfFingerprint(
    fingerprint: JobFingerprint,
    signal?: AbortSignal,
  ): Promise<{ recording: RecordingCandidate; match: FingerprintMatch }[]> {
    const acoustid = this.providers.find(isFingerprintProvider);
    if (!acoustid?.isEnabled()) return [];
    const matches = await acoustid
      .lookup(fingerprint.compressed, fingerprint.durationSec, signal)
      .catch((error: unknown) => {
        if (signal?.aborted) throw error;
        return [];
      });
    const confident = matches.filter((m) => m.score >= ACOUSTID_CONFIDENT_SCORE).slice(0, ACOUSTID_NAMED_LOOKED_UP);
    return this.recordingsNamedBy(confident, signal);
  }

  /** The recordings AcoustID named, as MusicBrainz knows them; those it cannot look up are left out. */
  async recordingsNamedBy(
    matches: FingerprintMatch[],
    signal?: AbortSignal,
  ): Promise<{ recording: RecordingCandidate; match: FingerprintMatch }[]> {
    const mb = this.providers.find((p): p is MetadataProvider => p.id === 'musicbrainz' && isMetadataProvider(p));
    if (!mb?.isEnabled() || !mb.lookupRecording) return [];
    const found: { recording: RecordingCandidate; match: FingerprintMatch }[] = [];
    for (const match of matches) {
      const recording = await mb.lookupRecording(match.mbid, signal).catch((error: unknown) => {
        if (signal?.aborted) throw error;
        return undefined;
      });
      if (recording) found.push({ recording: toRecordingCandidate(recording), match });
    }
    return found;
  }

  /** Album artist, totals, label, genres and ids from the MusicBrainz release, when there is one. */
  private async withRelease(metadata: TrackMetadata, notes: string[], signal?: AbortSignal): Promise<TrackMetadata> {
    const releaseId = metadata.musicbrainz.releaseId;
    const mb = this.providers.find((p): p is MetadataProvider => p.id === 'musicbrainz' && isMetadataProvider(p));
    if (!releaseId || !mb?.isEnabled() || !mb.lookupRelease) return metadata;
    const release = await mb
      .lookupRelease(releaseId, signal)
      .catch((e: Error) => void notes.push(`release details: ${e.message}`));
    return release ? withReleaseDetails(metadata, release) : metadata;
  }

  /** Release details, cover and lyrics; any may be missing without failing the job. */
  async enrich(
    metadata: TrackMetadata,
    durationMs: number | undefined,
    signal?: AbortSignal,
  ): Promise<{ metadata: TrackMetadata; notes: string[] }> {
    const notes: string[] = [];
    metadata = await this.withRelease(metadata, notes, signal);
    const cover = this.providers.find(isCoverProvider);
    const releaseId = metadata.musicbrainz.releaseId;
    let coverUrl = metadata.coverUrl;
    if (cover?.isEnabled() && releaseId) {
      const art = await cover
        .frontCover(releaseId, signal)
        .catch((e: Error) => void notes.push(`cover art: ${e.message}`));
      if (art) coverUrl = art.thumbnails['1200'] ?? art.url;
    }
    const lyricsProvider = this.providers.find(isLyricsProvider);
    let lyrics = metadata.lyrics;
    if (lyricsProvider?.isEnabled()) {
      const query = {
        text: `${metadata.artists.join(' ')} ${metadata.title}`,
        title: metadata.title,
        artist: metadata.artists[0],
        album: metadata.album,
        durationMs,
      };
      const found = await lyricsProvider
        .lyrics(query, signal)
        .catch((e: Error) => void notes.push(`lyrics: ${e.message}`));
      if (found && !found.instrumental) lyrics = { plain: found.plain, synced: found.synced };
    }
    return { metadata: { ...metadata, coverUrl, lyrics }, notes };
  }
}

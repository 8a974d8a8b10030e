import { CandidateStage, type TrackMetadata } from '@app/contracts';
import { PermanentError } from '@app/core';
import { chosenPayload } from '@app/jobs';
import type { FileTags } from '../file-tags.js';

/** What TAGGING takes from the job: the converted file and everything its tags will say. */
export interface TaggingInput {
  audioFile: string;
  tags: FileTags;
}

/**
 * Reads the job data: the metadata MATCHING_METADATA settled (a person's choice passes through it and comes back
 * enriched), or the bare choice in data written before that; ReplayGain comes
 * from EXTRACTING's loudness, the source URL from the source that was downloaded.
 */
export function taggingInput(data: Record<string, unknown>): TaggingInput {
  const audioFile = (data['audio'] as { file?: unknown } | undefined)?.file;
  if (typeof audioFile !== 'string' || !audioFile) {
    throw new PermanentError('TAGGING needs the converted audio file, and this job has none');
  }
  const metadata =
    (data['metadata'] as TrackMetadata | undefined) ??
    (chosenPayload(data, CandidateStage.Metadata) as TrackMetadata | undefined);
  if (!isTrackMetadata(metadata)) {
    throw new PermanentError('TAGGING needs the track metadata (title and artists), and this job has none');
  }
  const replayGain = loudnessOf(data['loudness']);
  const sourceUrl = sourceUrlOf(data);
  return {
    audioFile,
    tags: {
      metadata: { ...metadata, musicbrainz: metadata.musicbrainz ?? {} },
      ...(replayGain && { replayGain }),
      ...(sourceUrl && { sourceUrl }),
    },
  };
}

function isTrackMetadata(value: unknown): value is TrackMetadata {
  const m = value as Partial<TrackMetadata> | undefined;
  return typeof m?.title === 'string' && m.title.trim() !== '' && Array.isArray(m.artists);
}

function loudnessOf(value: unknown): FileTags['replayGain'] {
  const loudness = value as { trackGainDb?: unknown; trackPeak?: unknown } | null | undefined;
  const gain = loudness?.trackGainDb;
  const peak = loudness?.trackPeak;
  if (typeof gain !== 'number' || typeof peak !== 'number') return undefined;
  return Number.isFinite(gain) && Number.isFinite(peak) ? { trackGainDb: gain, trackPeak: peak } : undefined;
}

function sourceUrlOf(data: Record<string, unknown>): string | undefined {
  const sources = data['sources'] as { url?: unknown }[] | undefined;
  const url = sources?.[Number(data['sourceIndex'] ?? 0)]?.url;
  return typeof url === 'string' && url ? url : undefined;
}

import { PermanentError } from '@app/core';
import type { JobData } from '@app/jobs';
import type { FileTags } from '../file-tags.js';
import { chosenMetadata, isTrackMetadata } from './chosen-metadata.js';

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
export function taggingInput(data: Readonly<JobData>): TaggingInput {
  const audioFile = data.audio?.file;
  if (typeof audioFile !== 'string' || !audioFile) {
    throw new PermanentError('TAGGING needs the converted audio file, and this job has none');
  }
  const metadata = data.metadata ?? chosenMetadata(data);
  if (!isTrackMetadata(metadata) || metadata.title.trim() === '') {
    throw new PermanentError('TAGGING needs the track metadata (title and artists), and this job has none');
  }
  const replayGain = replayGainOf(data.loudness);
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

function replayGainOf(loudness: JobData['loudness']): FileTags['replayGain'] {
  const gain = loudness?.trackGainDb;
  const peak = loudness?.trackPeak;
  if (typeof gain !== 'number' || typeof peak !== 'number') return undefined;
  return Number.isFinite(gain) && Number.isFinite(peak) ? { trackGainDb: gain, trackPeak: peak } : undefined;
}

function sourceUrlOf(data: Readonly<JobData>): string | undefined {
  const url = data.sources?.[Number(data.sourceIndex ?? 0)]?.url;
  return typeof url === 'string' && url ? url : undefined;
}

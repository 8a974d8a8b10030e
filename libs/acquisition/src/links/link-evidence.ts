import type { SameAudioFinder, SameAudioTrack } from '@app/library';
import { isAbortError } from '@app/platform';
import type { StoredFingerprint, TagReader } from '@app/tagger';
import type { YtDlpInfo } from '../ytdlp/parse-ytdlp-info.js';
import { type LinkClue, linkClues } from './link-clues.js';

/** What a downloaded link says about itself; MATCHING_METADATA turns it into a recording. */
export interface LinkEvidence {
  sourceUrl: string;
  /** Readings of who it is, strongest first. */
  clues: LinkClue[];
  /** The length of the audio as downloaded and converted. */
  durationMs?: number;
  /** The library track with the same audio, by fingerprint. */
  sameAudio?: SameAudioTrack;
  /** Evidence that could not be read, and why. */
  notes: string[];
}

export interface LinkDownload {
  sourceUrl: string;
  /** The file as yt-dlp wrote it, with the tags it came with. */
  downloadedFile: string;
  info?: YtDlpInfo;
  durationMs?: number;
  fingerprint?: StoredFingerprint;
}

/** Reads everything a download says about itself; none of it missing is a reason to fail. */
export async function gatherLinkEvidence(
  download: LinkDownload,
  reader: TagReader,
  library: SameAudioFinder | undefined,
): Promise<LinkEvidence> {
  const notes: string[] = [];
  const tags = await reader.read(download.downloadedFile).then(
    (read) => read.tags.metadata,
    (error: unknown) => {
      if (isAbortError(error)) throw error;
      notes.push(`the file's tags could not be read: ${(error as Error).message}`);
      return undefined;
    },
  );
  const { fingerprint, durationMs } = download;
  const sameAudio = fingerprint && durationMs ? await library?.find(fingerprint.raw, durationMs) : undefined;
  if (!fingerprint) notes.push('no fingerprint to compare with the library');
  else if (!library) notes.push('no library to compare the fingerprint with');
  return {
    sourceUrl: download.sourceUrl,
    clues: linkClues({ tags, info: download.info, sourceUrl: download.sourceUrl }),
    ...(durationMs && { durationMs }),
    ...(sameAudio && { sameAudio }),
    notes,
  };
}

import type { TrackMetadata } from '@app/contracts';
import type { ConvertedAudio, KeptSource, Loudness } from '@app/core';
import type { StoredFingerprint } from './fingerprint/fingerprint.js';
import type { TaggedFile } from './steps/tag-track.step.js';

declare module '@app/jobs' {
  interface JobData {
    /**
     * The audio sources a download tries in turn, best first: written by SEARCHING (or a person's pick from a
     * search); DOWNLOADING and EXTRACTING go through them, TAGGING writes the used one's URL into the tags.
     */
    sources?: KeptSource[];
    /** Which of `sources` is being tried (or was downloaded): written by SEARCHING, DOWNLOADING and EXTRACTING. */
    sourceIndex?: number;
    /** The converted, checked file: written by EXTRACTING, read by TAGGING, which sets it to null when it is gone. */
    audio?: ConvertedAudio | null;
    /** The file's loudness, measured by EXTRACTING (null when ffmpeg could not tell); TAGGING writes ReplayGain. */
    loudness?: Loudness | null;
    /** The kept file's chromaprint: written by EXTRACTING; MATCHING_METADATA asks AcoustID, STORING dedups with it. */
    fingerprint?: StoredFingerprint;
    /** The settled metadata: written by MATCHING_METADATA, read by TAGGING and STORING. */
    metadata?: TrackMetadata;
    /** The tagged copy: written by TAGGING, read by STORING, which sets it to null when it is gone. */
    tagged?: TaggedFile | null;
  }
}

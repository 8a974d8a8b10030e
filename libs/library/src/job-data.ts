import type { RecordingCandidate } from '@app/core';
import type { FileIdentity } from './import/recording-from-file.js';
import type { ImportedFileIdentity } from './import/remove-import-source.js';

/** The original file of an import job, as its first step found it. */
export interface ImportedFile {
  /** Its absolute path. */
  source: string;
  basis: FileIdentity['basis'];
  /** Its identity on disk: a move-mode import removes only this very file, not whatever is there later. */
  identity: ImportedFileIdentity;
}

declare module '@app/jobs' {
  interface JobData {
    /** Written by an import's first step; STORING removes the original by it in move mode. */
    import?: ImportedFile;
    /**
     * The recording the job is after: written by RESOLVING_IDENTITY, SEARCHING, an album's EXPANDING, an import's
     * first step, a person's pick from a search, or MATCHING_METADATA for a link; read by the later steps. Declared
     * here, the lowest library that writes it.
     */
    recording?: RecordingCandidate;
  }
}

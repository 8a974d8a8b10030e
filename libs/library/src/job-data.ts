import type { FileIdentity } from './import/recording-from-file.js';
import type { ImportedFileIdentity } from './import/remove-import-source.js';

/** The original file of an import job, as EXTRACTING found it. */
export interface ImportedFile {
  /** Its absolute path. */
  source: string;
  basis: FileIdentity['basis'];
  /** Its identity on disk: a move-mode import removes only this very file, not whatever is there later. */
  identity: ImportedFileIdentity;
}

declare module '@app/jobs' {
  interface JobData {
    /** Written by EXTRACTING of an import job; STORING removes the original by it in move mode. */
    import?: ImportedFile;
  }
}

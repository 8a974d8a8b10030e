/** One file whose path the current naming templates would change. */
export interface RenameChangeDto {
  trackId: string;
  /** Relative to the library root. */
  from: string;
  to: string;
  /** Set when the change cannot be applied as it stands (another file has or would get the name). */
  conflict?: string;
}

/** `GET /api/v1/library/rename`: what applying the templates would do; nothing is changed. */
export interface RenamePreviewDto {
  /** Files checked; files in the archive folder and files without tags are left as they are. */
  checked: number;
  changes: RenameChangeDto[];
}

/** `POST /api/v1/library/rename {trackIds?}`: every change (or the listed ones) applied. */
export interface RenameRequest {
  trackIds?: string[];
}

export interface RenameResultDto {
  renamed: RenameChangeDto[];
  skipped: (RenameChangeDto & { reason: string })[];
}

import { ConflictError, PermanentError } from '@app/core';

/** A path that would end outside the library root, directly or through a symbolic link. */
export class PathEscapeError extends PermanentError {
  constructor(
    readonly relative: string,
    reason: string,
  ) {
    super(`${JSON.stringify(relative)} is not a path inside the library: ${reason}`, { details: { relative } });
  }
}

/** The target holds a different file; TrueTrack never overwrites one unless asked to replace it. */
export class TargetExistsError extends ConflictError {
  constructor(
    readonly path: string,
    readonly relative: string,
  ) {
    super(`${relative} already exists in the library with different content`, { details: { path, relative } });
  }
}

import { Injectable } from '@nestjs/common';
import { LibraryTrackReads } from '@app/library';
import type { LibraryTrackTags } from './match-line.js';

const MAX_ROWS = 20;

/** Library tracks whose title holds the line's title: the few rows matchLine scores. */
@Injectable()
export class LibraryCandidates {
  constructor(private readonly tracks: LibraryTrackReads) {}

  find(title: string): Promise<LibraryTrackTags[]> {
    return this.tracks.titleContains(title, MAX_ROWS);
  }
}

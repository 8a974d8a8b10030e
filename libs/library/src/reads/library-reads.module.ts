import { Module } from '@nestjs/common';
import { LibraryPlayCounts } from './library-play-counts.js';
import { LibraryTrackReads } from './library-track-reads.js';

/** What other modules may ask of the library index, without the library module's routes and steps. */
@Module({ providers: [LibraryTrackReads, LibraryPlayCounts], exports: [LibraryTrackReads, LibraryPlayCounts] })
export class LibraryReadsModule {}

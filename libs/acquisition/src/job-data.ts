import type { ProviderFailure } from '@app/core';
import type { LinkEvidence } from './links/link-evidence.js';
import type { LinkListing } from './links/link-listing.js';
import type { LinkEntry } from './ytdlp/parse-ytdlp-playlist.js';

/** One entry of a playlist link, as its own track job carries it. */
export interface ListedLinkEntry extends LinkEntry {
  /** Its place in the playlist, from 1, and how many entries the playlist has. */
  index: number;
  of: number;
  /** The playlist's link. */
  playlist: string;
}

declare module '@app/jobs' {
  interface JobData {
    /**
     * The link a track job downloads from instead of a search: written by RESOLVING_IDENTITY for a URL request and
     * for each entry of a playlist link; read by SEARCHING, DOWNLOADING and EXTRACTING.
     */
    sourceUrl?: string;
    /** Written for each track job a playlist link fans out to; RESOLVING_IDENTITY names it in its reason. */
    linkEntry?: ListedLinkEntry;
    /** Written on the list job a playlist link became: its title and how many entries it had and left out. */
    playlist?: { title: string | null; entries: number; skipped: number };
    /** The link as yt-dlp listed it when the request was made (a request check), so DOWNLOADING need not list it. */
    linkListing?: LinkListing;
    /** What a downloaded link says about itself: written by EXTRACTING, identified by MATCHING_METADATA. */
    linkEvidence?: LinkEvidence;
    /**
     * What went wrong on the way to a usable source: the providers SEARCHING could not ask, then each source
     * DOWNLOADING or EXTRACTING gave up on (as text).
     */
    sourceFailures?: (string | ProviderFailure)[];
    /** How many times EXTRACTING fell back to the next source after a file failed its checks. */
    fallbacksUsed?: number;
    /** Why every source failed (`sourceFailures` as they were), kept when a person is asked for another recording. */
    acquisitionFailures?: (string | ProviderFailure)[];
  }
}

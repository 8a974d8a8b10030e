import type { JobData } from '@app/jobs';
import type { LinkContents } from '../ytdlp/parse-ytdlp-playlist.js';

/** A link as yt-dlp listed it when the request was made, kept in the job's data as `linkListing`. */
export interface LinkListing {
  url: string;
  contents: LinkContents;
}

/** The listing made at request time, when it is of this link. */
export function listingOf(data: Readonly<JobData>, url: string): LinkContents | undefined {
  const listing = data.linkListing;
  return listing?.url === url.trim() ? listing.contents : undefined;
}

import type { AlbumPlan, GrabbedTorrent } from './album/album-plan.js';
import type { OfferedRelease } from './album/release-offer.js';

declare module '@app/jobs' {
  interface JobData {
    /** The torrent EXPANDING sent to the download client; DOWNLOADING of the album follows it. */
    torrent?: GrabbedTorrent;
    /** The release and its tracks, kept by EXPANDING until DOWNLOADING has the files to match against them. */
    albumPlan?: AlbumPlan;
    /** The release Lidarr's grab (`POST /api/v1/release`) asked for: EXPANDING grabs exactly it, without searching. */
    grabbedRelease?: OfferedRelease;
  }
}

// The keys this library declares in a job's data (a JobData augmentation), seen by whoever imports the library.
import './job-data.js';
export { AcquisitionModule } from './acquisition.module.js';
export { YtDlpRunner, YTDLP_OPTIONS } from './ytdlp/ytdlp.runner.js';
export { YtDlpWarmPool } from './ytdlp/warm/ytdlp-warm-pool.js';
export { YtDlpWarnings } from './ytdlp/ytdlp-warnings.js';
/** What yt-dlp says about a download (track, artist, uploader…) and what a link holds (one recording or entries). */
export { type YtDlpInfo } from './ytdlp/parse-ytdlp-info.js';
/** Extension point: a link's description and chapters, kept by DOWNLOADING for whoever reacts to the stored track. */
export { LinkInfoStore } from './links/link-info-store.js';
export { managedYtDlpPath } from './ytdlp/ytdlp-binary.js';
/** Versions and problems of yt-dlp, ffmpeg and ffprobe; `problems()` feeds health notifications. */
export { ToolStatusService } from './api/tool-status.service.js';
/** What a downloaded link says about itself (tags, the site's metadata, the file name, the library's fingerprints). */
export { type LinkClue, fileNameOf } from './links/link-clues.js';
export type { LinkEvidence } from './links/link-evidence.js';

export { AcquisitionModule } from './acquisition.module.js';
export { YtDlpRunner, YTDLP_OPTIONS, type YtDlpOptions } from './ytdlp/ytdlp.runner.js';
export { buildYtDlpArgs, checkExtraArgs, type YtDlpArgsInput } from './ytdlp/build-ytdlp-args.js';
export { classifyYtDlpFailure, type YtDlpFailure } from './ytdlp/classify-ytdlp-failure.js';
export { parseYtDlpProgress, type YtDlpProgress } from './ytdlp/parse-ytdlp-progress.js';
/** What yt-dlp says about a download (track, artist, uploader…) and what a link holds (one recording or entries). */
export { parseYtDlpInfo, type YtDlpChapter, type YtDlpInfo } from './ytdlp/parse-ytdlp-info.js';
/** Extension point: a link's description and chapters, kept by DOWNLOADING for whoever reacts to the stored track. */
export { LinkInfoStore } from './links/link-info-store.js';
export { parseYtDlpPlaylist, type LinkContents, type LinkEntry } from './ytdlp/parse-ytdlp-playlist.js';
export type { YtDlpDownload } from './ytdlp/ytdlp.runner.js';
export { FfmpegRunner } from './ffmpeg/ffmpeg.runner.js';
export { FFMPEG_OPTIONS, type FfmpegOptions } from './ffmpeg/ffmpeg.options.js';
export type { AudioInfo } from './ffmpeg/audio-info.js';
export { type OutputPolicy, OUTPUT_POLICIES } from './ffmpeg/build-ffmpeg-args.js';
export { DownloadAudioStep } from './steps/download-audio.step.js';
export { ExtractAudioStep } from './steps/extract-audio.step.js';
export { resolveYtDlpBinary, managedYtDlpPath, type YtDlpBinary } from './ytdlp/ytdlp-binary.js';
export { YtDlpUpdater, YTDLP_BINARY, type LatestRelease } from './ytdlp/ytdlp-updater.js';
export { YtDlpWarnings } from './ytdlp/ytdlp-warnings.js';
export { YtDlpWarmPool, YTDLP_WARM_OPTIONS, type YtDlpWarmOptions } from './ytdlp/warm/ytdlp-warm-pool.js';
export { JobTempJanitor } from './cleanup/job-temp-janitor.js';
/** Versions and problems of yt-dlp, ffmpeg and ffprobe; `problems()` feeds health notifications. */
export { ToolStatusService } from './api/tool-status.service.js';
/** What a downloaded link says about itself (tags, the site's metadata, the file name, the library's fingerprints). */
export { type LinkClue, fileNameOf, linkClues } from './links/link-clues.js';
export type { LinkEvidence } from './links/link-evidence.js';

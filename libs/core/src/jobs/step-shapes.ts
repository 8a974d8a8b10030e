/**
 * Plain shapes one step hands to another through the job's data, kept here because libraries that do not depend on
 * each other write and read them (a torrent's album brings a download the acquisition steps go on from).
 */

/** What yt-dlp said about a download, as far as it knew. */
export interface YtDlpInfo {
  track?: string;
  artist?: string;
  album?: string;
  releaseYear?: number;
  title?: string;
  uploader?: string;
  channel?: string;
  durationSec?: number;
  webpageUrl?: string;
  /** Which of yt-dlp's extractors read the link: 'Generic' for a plain file or page, 'Youtube', 'Bandcamp'… */
  extractor?: string;
  /** The page's description, cut short: a mix upload's tracklist often sits here. */
  description?: string;
  /** The uploader's chapters, a bounded number of them. */
  chapters?: YtDlpChapter[];
}

/** One chapter of yt-dlp's info dict, in seconds. */
export interface YtDlpChapter {
  startSec: number;
  endSec?: number;
  title: string;
}

/** A file DOWNLOADING (or an album's torrent, or an import) left for EXTRACTING. */
export interface DownloadedFile {
  filePath: string;
  bytes?: number;
  /** What the site said about the recording, when yt-dlp printed it. */
  info?: YtDlpInfo;
  /** The file's path inside the album's torrent it came with. */
  torrentFile?: string;
  /** Nothing else can replace it (an import's copy): a file failing EXTRACTING's checks fails the job. */
  onlySource?: boolean;
}

/** What ffprobe tells about the first audio stream of a file. */
export interface AudioInfo {
  codec: string;
  /** Normalised container name: ogg, matroska, mp4, mp3, flac, wav, … */
  container: string;
  durationMs: number;
  /** Bits per second; for single-stream files without a stream bitrate (Opus, FLAC) the container's. */
  bitrate?: number;
  sampleRate?: number;
  channels?: number;
  lossless: boolean;
}

/** The file EXTRACTING converted (or remuxed) and checked, for TAGGING. */
export interface ConvertedAudio {
  file: string;
  source: AudioInfo;
  output: AudioInfo;
  reencoded: boolean;
}

/** A track's loudness as EXTRACTING measured it; TAGGING writes its ReplayGain. */
export interface Loudness {
  integratedLufs: number;
  truePeakDbfs: number;
  /** Gain that brings the track to the ReplayGain reference. */
  trackGainDb: number;
  /** True peak as a linear amplitude (1 = full scale), as REPLAYGAIN_TRACK_PEAK wants it. */
  trackPeak: number;
}

/** A provider that could not be asked, and why; SEARCHING keeps them with the sources it found. */
export interface ProviderFailure {
  provider: string;
  message: string;
}

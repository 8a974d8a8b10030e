import { YTDLP_PROGRESS_PREFIX } from './build-ytdlp-args.js';

export interface YtDlpProgress {
  downloadedBytes: number;
  /** The exact size, or yt-dlp's estimate when the server did not send one. */
  totalBytes?: number;
  /** 0..1, only when a total is known. */
  fraction?: number;
  speedBps?: number;
  etaSeconds?: number;
}

/** Parses one line printed by `--progress-template`; any other line gives `undefined`. */
export function parseYtDlpProgress(line: string): YtDlpProgress | undefined {
  const parts = line.trim().split(/\s+/);
  if (parts[0] !== YTDLP_PROGRESS_PREFIX || parts.length !== 6) return undefined;
  const [downloaded, total, estimate, speed, eta] = parts.slice(1).map(toNumber);
  if (downloaded === undefined) return undefined;
  const progress: YtDlpProgress = { downloadedBytes: Math.round(downloaded) };
  const totalBytes = total ?? estimate;
  if (totalBytes !== undefined && totalBytes > 0) {
    progress.totalBytes = Math.round(totalBytes);
    progress.fraction = Math.min(1, downloaded / totalBytes);
  }
  if (speed !== undefined) progress.speedBps = speed;
  if (eta !== undefined) progress.etaSeconds = Math.round(eta);
  return progress;
}

/** yt-dlp prints `NA` (and sometimes `None`) for a field it does not know yet. */
function toNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

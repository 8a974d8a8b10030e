import { spawn } from 'node:child_process';
import { type AnalysisWindow, ExternalToolError, type LoudnessSummary, parseEbur128Summary } from '@app/core';
import { AbortError } from '@app/platform';
import { buildDecodeArgs } from './build-decode-args.js';

export interface DecodedWindow {
  pcm: Float32Array;
  loudness: LoudnessSummary;
}

const STDERR_TAIL_CHARS = 8192;

/**
 * Decodes a window of a track to mono float PCM and measures its loudness in the same ffmpeg pass. The
 * ProcessRunner collects stdout as text, so this reads the binary stdout itself; it still never uses a shell
 * and stops ffmpeg on abort or timeout.
 */
export function decodeWindow(
  ffmpeg: string,
  file: string,
  window: AnalysisWindow,
  opts: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<DecodedWindow> {
  if (opts.signal?.aborted) return Promise.reject(new AbortError('Analysis cancelled', opts.signal?.reason));
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, buildDecodeArgs(file, window), { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    let stopped: Error | undefined;
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-STDERR_TAIL_CHARS);
    });
    const stop = (error: Error) => {
      stopped ??= error;
      child.kill('SIGKILL');
    };
    const onAbort = () => stop(new AbortError('Analysis cancelled', opts.signal?.reason));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(
            () => stop(new ExternalToolError('ffmpeg', null, `timed out after ${opts.timeoutMs} ms`)),
            opts.timeoutMs,
          );
    child.once('error', (error) => stop(error));
    child.once('close', (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (stopped) return reject(stopped);
      if (code !== 0) return reject(new ExternalToolError('ffmpeg', code, stderr));
      const loudness = parseEbur128Summary(stderr);
      if (!loudness) return reject(new ExternalToolError('ffmpeg', code, `no ebur128 summary: ${stderr.slice(-500)}`));
      resolve({ pcm: toFloat32(Buffer.concat(chunks)), loudness });
    });
  });
}

function toFloat32(bytes: Buffer): Float32Array {
  const whole = bytes.length - (bytes.length % 4);
  // A large Buffer.concat result owns its buffer whole: use it as is, rather than holding a second copy.
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === whole) return new Float32Array(bytes.buffer, 0, whole / 4);
  // Otherwise it may be a slice of a shared pool at an odd offset; Float32Array needs its own buffer.
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + whole));
}

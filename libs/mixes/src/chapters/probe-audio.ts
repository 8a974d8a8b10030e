import type { ProcessRunner } from '@app/platform';

export interface AudioProbe {
  /** ffprobe's format name, first alias ("flac", "ogg", "mp3", "mov"). */
  container: string;
  codec: string;
  durationSeconds: number;
  sampleRate: number;
  /** Container tags then the audio stream's, in file order. */
  formatTags: [string, string][];
  streamTags: [string, string][];
  chapters: { title: string; start: number; end: number }[];
}

interface FfprobeJson {
  format?: { format_name?: string; duration?: string; tags?: Record<string, string> };
  streams?: { codec_type?: string; codec_name?: string; sample_rate?: string; tags?: Record<string, string> }[];
  chapters?: { start_time?: string; end_time?: string; tags?: Record<string, string> }[];
}

/** What ffprobe says about a mix: codec, length, tags and the chapters it finds. */
export async function probeAudio(runner: ProcessRunner, file: string, signal?: AbortSignal): Promise<AudioProbe> {
  const { stdout } = await runner.run(
    'ffprobe',
    ['-v', 'error', '-show_format', '-show_streams', '-show_chapters', '-of', 'json', file],
    { timeoutMs: 60_000, ...(signal ? { signal } : {}) },
  );
  const json = JSON.parse(stdout) as FfprobeJson;
  const audio = json.streams?.find((s) => s.codec_type === 'audio');
  return {
    container: (json.format?.format_name ?? '').split(',')[0] ?? '',
    codec: audio?.codec_name ?? '',
    durationSeconds: Number(json.format?.duration ?? 0),
    sampleRate: Number(audio?.sample_rate ?? 0),
    formatTags: Object.entries(json.format?.tags ?? {}),
    streamTags: Object.entries(audio?.tags ?? {}),
    chapters: (json.chapters ?? []).map((c) => ({
      title: c.tags?.['title'] ?? '',
      start: Number(c.start_time ?? 0),
      end: Number(c.end_time ?? 0),
    })),
  };
}

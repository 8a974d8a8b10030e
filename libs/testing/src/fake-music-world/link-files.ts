import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { TrackMetadata } from '@app/contracts';
import { TagWriter } from '@app/tagger';
import { generateAudio } from '../media-fixtures.js';
import type { FakeSong } from './fake-song.js';

/** A file served for a direct link: a tone of a song's length, or the very audio of one of its videos. */
/** A page about one recording, as a mix site serves it: schema.org AudioObject in JSON-LD, read by yt-dlp's generic extractor. */
export interface LinkPage {
  title: string;
  /** The absolute URL of the audio (e.g. one `serveFile` answered); yt-dlp ignores a relative one. */
  audioUrl: string;
  description?: string;
  /** Clips of the recording, which yt-dlp reads as chapters. */
  chapters?: { title: string; startSec: number }[];
}

export interface LinkFile {
  /** Whose length the tone has. */
  song: FakeSong;
  /** Tags embedded in the file; none when left out. */
  tags?: Partial<TrackMetadata>;
  /** Serve the same bytes as this video id (the audio a library track was made from). */
  sameAudioAs?: string;
}

const ENCODERS: Record<string, string[]> = {
  '.m4a': ['-c:a', 'aac', '-b:a', '96k'],
  '.mp3': ['-c:a', 'libmp3lame', '-b:a', '128k'],
  '.opus': ['-c:a', 'libopus', '-b:a', '64k'],
  '.ogg': ['-c:a', 'libvorbis'],
  '.flac': ['-c:a', 'flac'],
};

/**
 * The files and playlists the world serves under `/files/<name>`, as a plain web server would: direct links
 * named like real uploads, and XSPF playlists of them, which yt-dlp's generic extractor reads.
 */
export class LinkFiles {
  private readonly files = new Map<string, Promise<{ body: Buffer; type: string }>>();

  constructor(
    private readonly dir: string,
    private readonly videoAudio: (song: FakeSong, videoId: string) => Promise<Buffer>,
  ) {}

  /** Makes the file once; serving a name again keeps the file it already has. */
  add(name: string, file: LinkFile): Promise<void> {
    let made = this.files.get(name);
    if (!made) {
      made = this.make(name, file);
      this.files.set(name, made);
    }
    return made.then(() => undefined);
  }

  addPlaylist(name: string, title: string, urls: readonly string[]): void {
    const tracks = urls.map((url) => `    <track><location>${escapeXml(url)}</location></track>`).join('\n');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<playlist version="1" xmlns="http://xspf.org/ns/0/">
  <title>${escapeXml(title)}</title>
  <trackList>
${tracks}
  </trackList>
</playlist>
`;
    this.files.set(name, Promise.resolve({ body: Buffer.from(xml), type: 'application/xspf+xml' }));
  }

  addPage(name: string, page: LinkPage): void {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'AudioObject',
      name: page.title,
      contentUrl: page.audioUrl,
      encodingFormat: MIME_TYPES[extname(new URL(page.audioUrl).pathname).toLowerCase()] ?? 'audio/mpeg',
      ...(page.description !== undefined && { description: page.description }),
      ...(page.chapters && {
        hasPart: page.chapters.map((c) => ({ '@type': 'Clip', name: c.title, startOffset: c.startSec })),
      }),
    };
    // "</" inside the JSON would end the script element early.
    const script = JSON.stringify(jsonLd).replaceAll('</', '<\\/');
    const html = `<!doctype html>
<html><head><title>${escapeXml(page.title)}</title>
<script type="application/ld+json">${script}</script>
</head><body><h1>${escapeXml(page.title)}</h1></body></html>
`;
    this.files.set(name, Promise.resolve({ body: Buffer.from(html), type: 'text/html; charset=utf-8' }));
  }

  get(name: string): Promise<{ body: Buffer; type: string }> | undefined {
    return this.files.get(name);
  }

  private async make(name: string, file: LinkFile): Promise<{ body: Buffer; type: string }> {
    const ext = extname(name).toLowerCase();
    if (file.sameAudioAs) return { body: await this.videoAudio(file.song, file.sameAudioAs), type: 'audio/ogg' };
    const encoder = ENCODERS[ext];
    if (!encoder) throw new Error(`The fake music world cannot make a ${ext} file`);
    const path = join(this.dir, `link-${this.files.size}${ext}`);
    await generateAudio(path, melody(name, file.song.durationSec), encoder);
    if (file.tags) {
      const metadata: TrackMetadata = { title: '', artists: [], musicbrainz: {}, source: 'tags', ...file.tags };
      await new TagWriter().write(path, { metadata }, { id3Version: 4 });
    }
    return { body: await readFile(path), type: ext === '.mp3' ? 'audio/mpeg' : 'application/octet-stream' };
  }
}

const MIME_TYPES: Record<string, string> = {
  '.m4a': 'audio/mp4',
  '.mp3': 'audio/mpeg',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.flac': 'audio/flac',
};

const NOTE_SECONDS = 0.5;

/**
 * A tune of its own for every file name: half-second notes picked from the name. Chromaprint hears pitch classes,
 * so steady tones an octave apart would sound alike to it; a sequence of notes does not match another by chance.
 */
function melody(name: string, seconds: number): string {
  const count = Math.round(seconds / NOTE_SECONDS);
  let hash = 7;
  const notes = Array.from({ length: count }, (_, i) => {
    for (const char of `${name}:${i}`) hash = (hash * 33 + char.charCodeAt(0)) % 1_000_003;
    const frequency = Math.round(220 * 2 ** ((hash % 24) / 12));
    return `sine=frequency=${frequency}:duration=${NOTE_SECONDS}[n${i}]`;
  });
  const labels = notes.map((_, i) => `[n${i}]`).join('');
  return `${notes.join(';')};${labels}concat=n=${count}:v=0:a=1[out0]`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

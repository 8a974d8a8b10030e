export type Codec = 'FLAC' | 'ALAC' | 'APE' | 'WavPack' | 'WAV' | 'Vorbis' | 'AAC' | 'WMA' | 'MP3' | 'Opus';

/** Codec patterns, tried in order: lossless first, so "FLAC (M4A)" is FLAC and "Opus - ... [Flac]" is FLAC. */
const CODECS: readonly [Codec, RegExp][] = [
  ['FLAC', /(?<![a-z])(?:web)?flac(?:24|16)?(?![a-z])/i],
  ['ALAC', /(?<![a-z])alac(?![a-z])/i],
  // "Ape" in a name ("Brain Ape", "The Ape Of Naples") is a word; the codec is upper case or bracketed.
  ['APE', /(?<![A-Za-z])APE(?![A-Za-z])|[[(]ape(?![a-z])/],
  ['WavPack', /wavpack|(?<![A-Za-z])WV(?![A-Za-z])/i],
  ['WAV', /(?<![a-z])wav(?![a-z])/i],
  ['Vorbis', /(?<![a-z])(?:ogg|vorbis)(?![a-z])/i],
  ['AAC', /(?<![a-z])(?:aac|m4a|itunes plus)(?![a-z])/i],
  ['WMA', /(?<![a-z])wma(?![a-z])/i],
  ['MP3', /(?<![a-z])mp3(?![a-z])/i],
];

const EXTENSIONS: Record<string, Codec> = {
  flac: 'FLAC',
  ape: 'APE',
  wv: 'WavPack',
  wav: 'WAV',
  ogg: 'Vorbis',
  oga: 'Vorbis',
  m4a: 'AAC',
  aac: 'AAC',
  wma: 'WMA',
  mp3: 'MP3',
  opus: 'Opus',
};

export function codecInName(title: string): Codec | undefined {
  return CODECS.find(([, pattern]) => pattern.test(title))?.[0];
}

/** The codec a file name's extension names ("01. Ultralight Beam.mp3"). */
export function codecOfExtension(name: string): Codec | undefined {
  const extension = /\.([a-z0-9]{2,4})$/i.exec(name.trim())?.[1]?.toLowerCase();
  return extension ? EXTENSIONS[extension] : undefined;
}

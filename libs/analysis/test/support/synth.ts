import { writeFile } from 'node:fs/promises';

/** Deterministic test audio made in code: every sample follows from the arguments, so answers are known. */
export const RATE = 44_100;

const NOTE_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

/** Frequency of a note like `A3` or `F#4` (A4 = 440 Hz). */
export function noteHz(note: string): number {
  const match = /^([A-G]#?)(-?\d)$/.exec(note);
  if (!match) throw new Error(`not a note: ${note}`);
  const semitone = NOTE_NAMES.indexOf(match[1]!) + 12 * (Number(match[2]) + 1);
  return 440 * 2 ** ((semitone - 69) / 12);
}

/** Mulberry32: the same seed gives the same noise on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * RATE));
}

/** Adds a tone with a few decaying harmonics (a plucked/organ-like timbre) from `start` for `length` seconds. */
export function addTone(out: Float32Array, hz: number, start: number, length: number, gain: number): void {
  const from = Math.round(start * RATE);
  const to = Math.min(out.length, from + Math.round(length * RATE));
  const fade = Math.round(0.01 * RATE);
  for (let i = from; i < to; i++) {
    const t = (i - from) / RATE;
    const envelope = Math.min(1, (i - from) / fade, (to - i) / fade) * Math.exp(-t * 1.5);
    let s = 0;
    for (let h = 1; h <= 4; h++) s += Math.sin(2 * Math.PI * hz * h * t) / h;
    out[i]! += gain * envelope * s;
  }
}

/** A 20 ms 1 kHz click on every beat. */
export function clickTrack(bpm: number, seconds: number): Float32Array {
  const out = silence(seconds);
  for (let beat = 0; (beat * 60) / bpm < seconds; beat++) {
    const from = Math.round(((beat * 60) / bpm) * RATE);
    for (let i = 0; i < 0.02 * RATE && from + i < out.length; i++) {
      out[from + i] = 0.8 * Math.sin((2 * Math.PI * 1000 * i) / RATE) * (1 - i / (0.02 * RATE));
    }
  }
  return out;
}

/** Chords (lists of notes), each held for `chordSeconds`, repeated until `seconds`. */
export function chordProgression(chords: string[][], chordSeconds: number, seconds: number): Float32Array {
  const out = silence(seconds);
  for (let i = 0; i * chordSeconds < seconds; i++) {
    for (const note of chords[i % chords.length]!) addTone(out, noteHz(note), i * chordSeconds, chordSeconds, 0.2);
  }
  return out;
}

/** A scale played up and down, one note per `noteSeconds`, over a drone of its tonic. */
export function scaleRun(notes: string[], noteSeconds: number, seconds: number): Float32Array {
  const out = silence(seconds);
  const run = [...notes, ...notes.slice(1, -1).reverse()];
  for (let i = 0; i * noteSeconds < seconds; i++)
    addTone(out, noteHz(run[i % run.length]!), i * noteSeconds, noteSeconds, 0.3);
  for (let t = 0; t < seconds; t += 2) addTone(out, noteHz(notes[0]!) / 2, t, 2, 0.15);
  return out;
}

export function whiteNoise(seconds: number, gain: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return silence(seconds).map(() => gain * (random() * 2 - 1));
}

/** Writes mono float samples as a 16-bit PCM WAV file. */
export async function writeWav(file: string, samples: Float32Array): Promise<void> {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  await writeFile(file, Buffer.concat([header, data]));
}

/**
 * A drum loop: a kick on every beat, a snare on 2 and 4 and quieter seeded-noise hi-hats on the off-beats, the
 * pattern whose off-beats a tempo octave check must not mistake for beats.
 */
export function drumPattern(bpm: number, seconds: number, seed: number): Float32Array {
  const out = silence(seconds);
  const random = seededRandom(seed);
  const beat = 60 / bpm;
  for (let i = 0; i * beat < seconds; i++) {
    const t = i * beat;
    const from = Math.round(t * RATE);
    for (let s = 0; s < 0.15 * RATE && from + s < out.length; s++) {
      const u = s / RATE;
      out[from + s]! += 0.6 * Math.exp(-u * 30) * Math.sin(2 * Math.PI * (50 + 100 * Math.exp(-u * 40)) * u);
    }
    if (i % 2 === 1) noise(out, t, 0.12, 0.3, random);
    noise(out, t + beat / 2, 0.03, 0.1, random);
  }
  return out;
}

function noise(out: Float32Array, start: number, length: number, gain: number, random: () => number): void {
  const from = Math.round(start * RATE);
  for (let i = 0; i < length * RATE && from + i < out.length; i++) {
    out[from + i]! += gain * Math.exp((-i / RATE) * (3 / length)) * (random() * 2 - 1);
  }
}

/** Clicks at seeded random moments, `perSecond` on average: onsets without a beat. */
export function randomClicks(seconds: number, perSecond: number, seed: number): Float32Array {
  const out = silence(seconds);
  const random = seededRandom(seed);
  for (let t = 0; t < seconds; t += -Math.log(1 - random()) / perSecond) {
    const from = Math.round(t * RATE);
    for (let i = 0; i < 0.02 * RATE && from + i < out.length; i++) {
      out[from + i]! += 0.8 * Math.sin((2 * Math.PI * 1000 * i) / RATE) * (1 - i / (0.02 * RATE));
    }
  }
  return out;
}

/** Brown noise (integrated white noise, leaky so it stays centred): a rumble without onsets. */
export function brownNoise(seconds: number, gain: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  let level = 0;
  const out = silence(seconds).map(() => (level = 0.995 * level + 0.1 * (random() * 2 - 1)));
  return out.map((s) => gain * s);
}

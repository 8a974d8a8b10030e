import { addTone, noteHz, RATE, seededRandom, silence } from './synth.js';

/**
 * A deterministic 40-second piece that sounds like music: kick on every beat, snare on 2 and 4, seeded
 * noise hi-hats on the off-beats, a Dm–B♭–F–C progression (D minor or its relative F major: the same notes)
 * and a root bass line, at 124 BPM.
 */
export function generatedMix(): Float32Array {
  const bpm = 124;
  const seconds = 40;
  const beat = 60 / bpm;
  const out = silence(seconds);
  const random = seededRandom(2026);
  const chords = [
    ['D4', 'F4', 'A4'],
    ['A#3', 'D4', 'F4'],
    ['F3', 'A3', 'C4'],
    ['C4', 'E4', 'G4'],
  ];
  const bass = ['D2', 'A#1', 'F2', 'C2'];
  for (let i = 0; i * beat < seconds; i++) {
    const t = i * beat;
    kick(out, t);
    if (i % 2 === 1) noiseBurst(out, t, 0.12, 0.35, random);
    noiseBurst(out, t + beat / 2, 0.03, 0.12, random);
    if (i % 4 === 0) {
      const bar = Math.floor(i / 4) % chords.length;
      for (const note of chords[bar]!) addTone(out, noteHz(note), t, beat * 4, 0.09);
      addTone(out, noteHz(bass[bar]!), t, beat * 4, 0.25);
    }
  }
  return out;
}

function kick(out: Float32Array, start: number): void {
  const from = Math.round(start * RATE);
  for (let i = 0; i < 0.15 * RATE && from + i < out.length; i++) {
    const t = i / RATE;
    out[from + i]! += 0.6 * Math.exp(-t * 30) * Math.sin(2 * Math.PI * (50 + 100 * Math.exp(-t * 40)) * t);
  }
}

function noiseBurst(out: Float32Array, start: number, length: number, gain: number, random: () => number): void {
  const from = Math.round(start * RATE);
  for (let i = 0; i < length * RATE && from + i < out.length; i++) {
    out[from + i]! += gain * Math.exp((-i / RATE) * (3 / length)) * (random() * 2 - 1);
  }
}

import { tempoFromBeats } from './tempo-from-beats.js';

const beatsAt = (bpm: number, count: number, start = 0.25): number[] =>
  Array.from({ length: count }, (_, i) => start + (i * 60) / bpm);
// What a tracker on a 512-sample hop reports: every beat snapped to the nearest frame (44100 / 512 per second).
const snapped = (beats: number[]): number[] => beats.map((t) => Math.round((t * 44100) / 512) * (512 / 44100));

describe('tempoFromBeats', () => {
  it.each<[string, number[], number, number]>([
    ['a steady 120 BPM beat', beatsAt(120, 60), 117.45, 120],
    ['174 BPM snapped to the hop grid', snapped(beatsAt(174, 86)), 172.27, 174],
    ['140 BPM snapped to the hop grid', snapped(beatsAt(140, 69)), 141.65, 140],
    ['90 BPM with two beats missed', beatsAt(90, 44).filter((_, i) => i !== 10 && i !== 11), 90, 90],
  ])('%s', (_, beats, extractorBpm, expected) => {
    expect(Math.abs(tempoFromBeats(beats, extractorBpm) - expected) / expected).toBeLessThan(0.002);
  });

  it.each<[string, number[]]>([
    ['no beats', []],
    ['three beats', [0.5, 1, 1.5]],
    ['beats all at one instant', [1, 1, 1, 1, 1]],
    ['stray beats that fit a tempo far from the estimate', [0.1, 0.18, 0.26, 0.34, 0.42, 0.5]],
  ])('keeps the extractor BPM with %s', (_, beats) => {
    expect(tempoFromBeats(beats, 97.5)).toBe(97.5);
  });

  it('does not let a long gap where the beat was lost bend the tempo', () => {
    const beats = [...beatsAt(128, 20), ...beatsAt(128, 20, 30)];
    expect(tempoFromBeats(beats, 129.2)).toBeCloseTo(128, 1);
  });
});

import type { AudioFeatures, FeatureAxis } from '@app/contracts';
import { ESTIMATED_FROM_KEY_TEMPO_TIMBRE, featureAxes } from './feature-axes.js';

const base: AudioFeatures = {
  bpm: 128,
  bpmConfidence: 3.9,
  key: 'A',
  scale: 'minor',
  keyStrength: 0.82,
  danceability: 1.8,
  dynamicComplexity: 2.1,
  onsetRate: 4.2,
  spectralCentroidHz: 2400,
  rms: 0.2,
  energy: 0.04,
  mfccMeans: new Array<number>(13).fill(0),
  loudnessLufs: -7,
  loudnessRangeLu: 4,
  analysedSeconds: 30,
};

const axis = (f: Partial<AudioFeatures>, name: FeatureAxis['name']): FeatureAxis =>
  featureAxes({ ...base, ...f }).find((a) => a.name === name)!;

describe('featureAxes', () => {
  it('gives every axis once, in a fixed order', () => {
    expect(featureAxes(base).map((a) => a.name)).toEqual([
      'energy',
      'danceability',
      'brightness',
      'acousticness',
      'valence',
      'tempo',
      'key',
    ]);
  });

  it.each<[string, Partial<AudioFeatures>, FeatureAxis['name'], string, string]>([
    ['a loud busy track', {}, 'energy', 'High energy', 'High energy: -7.0 LUFS loud with 4.2 note onsets per second.'],
    [
      'a quiet sparse track',
      { loudnessLufs: -28, onsetRate: 0.5 },
      'energy',
      'Calm',
      'Calm: -28.0 LUFS loud with 0.5 note onsets per second.',
    ],
    [
      'a regular beat',
      { danceability: 2.4 },
      'danceability',
      'Very danceable',
      "Very danceable: the beat's regularity scores 2.40 of 3.",
    ],
    [
      'no beat at all',
      { danceability: 0.2 },
      'danceability',
      'Hard to dance to',
      "Hard to dance to: the beat's regularity scores 0.20 of 3.",
    ],
    [
      'a dull sound',
      { spectralCentroidHz: 600 },
      'brightness',
      'Dark',
      "Dark: the sound's centre of gravity sits at 600 Hz.",
    ],
    [
      'a sharp sound',
      { spectralCentroidHz: 4500 },
      'brightness',
      'Bright',
      "Bright: the sound's centre of gravity sits at 4500 Hz.",
    ],
    ['a clear beat', {}, 'tempo', '128 BPM', '128 BPM, a clear beat (confidence 3.9 of 5.3).'],
    [
      'an unsure beat',
      { bpmConfidence: 1.2, bpm: 91.6 },
      'tempo',
      '92 BPM',
      '92 BPM, but the beat is uncertain (confidence 1.2 of 5.3).',
    ],
    ['a beat found without confidence', { bpmConfidence: null }, 'tempo', '128 BPM', '128 BPM.'],
    ['no beat', { bpm: 0 }, 'tempo', 'No beat', 'No steady beat was found.'],
    ['a clear key', {}, 'key', 'A minor', 'In A minor, clearly (key strength 0.82).'],
    [
      'a faint key',
      { key: 'F#', scale: 'major', keyStrength: 0.3 },
      'key',
      'F# major',
      'In F# major, only faintly (key strength 0.30).',
    ],
  ])('describes %s', (_, features, name, label, sentence) => {
    const sut = axis(features, name);
    expect(sut.label).toBe(label);
    expect(sut.sentence).toBe(sentence);
  });

  it('keeps values within 0..1 for extreme input, silence included', () => {
    const silence = {
      loudnessLufs: -70,
      onsetRate: 0,
      danceability: 0,
      spectralCentroidHz: 0,
      bpm: 0,
      dynamicComplexity: 0,
    };
    const loudest = {
      loudnessLufs: 3,
      onsetRate: 40,
      danceability: 9,
      spectralCentroidHz: 20000,
      bpm: 300,
      dynamicComplexity: 40,
    };
    for (const f of [silence, loudest]) {
      for (const a of featureAxes({ ...base, ...f })) if (a.value !== null) expect(a.value).toBeGreaterThanOrEqual(0);
      for (const a of featureAxes({ ...base, ...f })) if (a.value !== null) expect(a.value).toBeLessThanOrEqual(1);
    }
  });

  it('rates a fast bright major track more cheerful than a slow dark minor one, and says it is estimated', () => {
    const cheerful = axis({ scale: 'major', bpm: 150, spectralCentroidHz: 4000 }, 'valence');
    const sombre = axis({ scale: 'minor', bpm: 65, spectralCentroidHz: 600 }, 'valence');
    expect(cheerful.value!).toBeGreaterThan(sombre.value!);
    expect(cheerful.label).toBe('Sounds cheerful');
    expect(sombre.label).toBe('Sounds sombre');
    expect(sombre.estimated).toBe(ESTIMATED_FROM_KEY_TEMPO_TIMBRE);
    expect(sombre.sentence).toContain(ESTIMATED_FROM_KEY_TEMPO_TIMBRE);
  });

  it('rates a quiet dark dynamic track more acoustic than a loud bright compressed one', () => {
    const acoustic = axis({ loudnessLufs: -22, spectralCentroidHz: 900, dynamicComplexity: 6 }, 'acousticness');
    const produced = axis({ loudnessLufs: -6, spectralCentroidHz: 3500, dynamicComplexity: 1.5 }, 'acousticness');
    expect(acoustic.value!).toBeGreaterThan(produced.value!);
    expect(acoustic.label).toBe('Sounds acoustic');
    expect(produced.label).toBe('Sounds electronic or produced');
  });
});

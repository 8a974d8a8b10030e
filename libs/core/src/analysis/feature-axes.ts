import type { AudioFeatures, FeatureAxis } from '@app/contracts';

/** Shown on axes that the mood models would measure, which we cannot ship (their weights are downloads). */
export const ESTIMATED_FROM_KEY_TEMPO_TIMBRE = 'estimated from key, tempo and timbre';

/** The interpretable axes of one analysis, each with a sentence; pure, so the API and the UI agree. */
export function featureAxes(f: AudioFeatures): FeatureAxis[] {
  const brightness = brightnessOf(f);
  return [
    energyAxis(f),
    danceabilityAxis(f),
    brightnessAxis(f, brightness),
    acousticnessAxis(f, brightness),
    valenceAxis(f, brightness),
    tempoAxis(f),
    keyAxis(f),
  ];
}

function energyAxis(f: AudioFeatures): FeatureAxis {
  const value = round(0.7 * scale(f.loudnessLufs, -30, -6) + 0.3 * scale(f.onsetRate, 0, 6));
  const label = level(value, ['Calm', 'Moderate energy', 'High energy']);
  const sentence = `${label}: ${fixed(f.loudnessLufs, 1)} LUFS loud with ${fixed(f.onsetRate, 1)} note onsets per second.`;
  return { name: 'energy', value, label, sentence };
}

function danceabilityAxis(f: AudioFeatures): FeatureAxis {
  const value = round(scale(f.danceability, 0, 3));
  const label = level(value, ['Hard to dance to', 'Somewhat danceable', 'Very danceable']);
  const sentence = `${label}: the beat's regularity scores ${fixed(f.danceability, 2)} of 3.`;
  return { name: 'danceability', value, label, sentence };
}

function brightnessOf(f: AudioFeatures): number {
  return f.spectralCentroidHz > 0
    ? round(scale(Math.log10(f.spectralCentroidHz), Math.log10(500), Math.log10(5000)))
    : 0;
}

function brightnessAxis(f: AudioFeatures, value: number): FeatureAxis {
  const label = level(value, ['Dark', 'Balanced', 'Bright']);
  const sentence = `${label}: the sound's centre of gravity sits at ${Math.round(f.spectralCentroidHz)} Hz.`;
  return { name: 'brightness', value, label, sentence };
}

function acousticnessAxis(f: AudioFeatures, brightness: number): FeatureAxis {
  const dynamics = scale(f.dynamicComplexity, 1, 8);
  const quietness = 1 - scale(f.loudnessLufs, -25, -8);
  const value = round((1 - brightness + dynamics + quietness) / 3);
  const label = level(value, ['Sounds electronic or produced', 'Mixed', 'Sounds acoustic']);
  const sentence = `${label}: ${fixed(f.dynamicComplexity, 1)} dB of dynamics, ${describe(brightness, 'dark', 'bright')} and ${describe(quietness, 'loud', 'quiet')} (${ESTIMATED_FROM_KEY_TEMPO_TIMBRE}).`;
  return { name: 'acousticness', value, label, sentence, estimated: ESTIMATED_FROM_KEY_TEMPO_TIMBRE };
}

function valenceAxis(f: AudioFeatures, brightness: number): FeatureAxis {
  const mode = f.scale === 'major' ? 1 : 0;
  const pace = scale(f.bpm, 70, 150);
  const value = round(0.4 * mode + 0.3 * pace + 0.3 * brightness);
  const label = level(value, ['Sounds sombre', 'Sounds bittersweet', 'Sounds cheerful']);
  const sentence = `${label}: a ${f.scale} key, ${describe(pace, 'slow', 'fast')} tempo and ${describe(brightness, 'dark', 'bright')} timbre (${ESTIMATED_FROM_KEY_TEMPO_TIMBRE}).`;
  return { name: 'valence', value, label, sentence, estimated: ESTIMATED_FROM_KEY_TEMPO_TIMBRE };
}

function tempoAxis(f: AudioFeatures): FeatureAxis {
  if (!(f.bpm > 0)) return { name: 'tempo', value: null, label: 'No beat', sentence: 'No steady beat was found.' };
  const value = round(scale(f.bpm, 60, 180));
  const label = `${Math.round(f.bpm)} BPM`;
  const sure =
    f.bpmConfidence === null
      ? ''
      : f.bpmConfidence >= 3.5
        ? `, a clear beat (confidence ${fixed(f.bpmConfidence, 1)} of 5.3)`
        : `, but the beat is uncertain (confidence ${fixed(f.bpmConfidence, 1)} of 5.3)`;
  return { name: 'tempo', value, label, sentence: `${label}${sure}.` };
}

function keyAxis(f: AudioFeatures): FeatureAxis {
  const label = `${f.key} ${f.scale}`;
  const clarity = f.keyStrength >= 0.6 ? 'clearly' : f.keyStrength >= 0.4 ? 'probably' : 'only faintly';
  const sentence = `In ${label}, ${clarity} (key strength ${fixed(f.keyStrength, 2)}).`;
  return { name: 'key', value: null, label, sentence };
}

function scale(x: number, lo: number, hi: number): number {
  if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, (x - lo) / (hi - lo)));
}

function level(value: number, words: [string, string, string]): string {
  return value < 1 / 3 ? words[0] : value < 2 / 3 ? words[1] : words[2];
}

function describe(value: number, low: string, high: string): string {
  return value < 1 / 3 ? low : value < 2 / 3 ? 'middling' : high;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function fixed(n: number, digits: number): string {
  return n.toFixed(digits);
}

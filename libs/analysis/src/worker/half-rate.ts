/**
 * The window at half the sample rate, for the key: KeyExtractor only looks at peaks below 3.5 kHz, so 22.05 kHz
 * carries everything it reads, and its FFTs are half as long. Each output sample is the mean of two input samples:
 * a tone at f Hz above 11.025 kHz folds onto 22.05 - f kHz, so only what lies above 18.5 kHz can fold below the key's
 * 3.5 kHz, and the mean damps that to a quarter or less (to nothing at 22.05 kHz); music has little energy there.
 */
export function halfRate(pcm: Float32Array): Float32Array {
  const out = new Float32Array(pcm.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = 0.5 * (pcm[2 * i]! + pcm[2 * i + 1]!);
  return out;
}

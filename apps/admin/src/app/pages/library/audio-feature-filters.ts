import type { AudioFeatureFilters } from '@app/contracts';

/** The filter fields as typed: text, so that a half-typed number is not lost. */
export interface AudioFeatureForm {
  bpmMin: string;
  bpmMax: string;
  key: string;
  energyMin: string;
  energyMax: string;
}

export const EMPTY_AUDIO_FEATURE_FORM: AudioFeatureForm = {
  bpmMin: '',
  bpmMax: '',
  key: '',
  energyMin: '',
  energyMax: '',
};

/** How one filter field is shown: the form draws its inputs from this table, in this order. */
export interface AudioFeatureField {
  name: keyof AudioFeatureForm;
  label: string;
  size: number;
  inputmode: 'decimal' | 'numeric' | 'text';
  /** Choices offered while typing (the id of a datalist). */
  list?: string;
  placeholder?: string;
  /** A unit shown after the input. */
  unit?: string;
}

export const AUDIO_FEATURE_FIELDS: readonly AudioFeatureField[] = [
  { name: 'bpmMin', label: 'BPM from', size: 4, inputmode: 'decimal' },
  { name: 'bpmMax', label: 'to', size: 4, inputmode: 'decimal' },
  { name: 'key', label: 'Key', size: 8, inputmode: 'text', list: 'audio-filter-keys', placeholder: 'Any key' },
  { name: 'energyMin', label: 'Energy from', size: 3, inputmode: 'numeric' },
  { name: 'energyMax', label: 'to', size: 3, inputmode: 'numeric', unit: '%' },
];

/** The keys the analyser names, for the key filter's choices. */
export const MUSICAL_KEYS: readonly string[] = [
  'C',
  'C#',
  'D',
  'Eb',
  'E',
  'F',
  'F#',
  'G',
  'Ab',
  'A',
  'Bb',
  'B',
].flatMap((tonic) => [`${tonic} major`, `${tonic} minor`]);

export type AudioFeatureProblems = Partial<Record<keyof AudioFeatureForm, string>>;

/**
 * The API filters the form asks for, or what is wrong with each field (the same limits the API checks: BPM
 * 0–400, energy in percent 0–100, a minimum not above its maximum). Empty fields filter nothing.
 */
export function readAudioFeatureForm(
  form: AudioFeatureForm,
): { filters: AudioFeatureFilters; problems?: undefined } | { problems: AudioFeatureProblems } {
  const problems: AudioFeatureProblems = {};
  const number = (field: keyof AudioFeatureForm, max: number, what: string): number | undefined => {
    const text = form[field].trim();
    if (text === '') return undefined;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || value > max) {
      problems[field] = `${what} must be a number from 0 to ${max}`;
      return undefined;
    }
    return value;
  };
  const bpmMin = number('bpmMin', 400, 'Lowest BPM');
  const bpmMax = number('bpmMax', 400, 'Highest BPM');
  const energyMin = number('energyMin', 100, 'Lowest energy');
  const energyMax = number('energyMax', 100, 'Highest energy');
  if (bpmMin !== undefined && bpmMax !== undefined && bpmMin > bpmMax) {
    problems.bpmMax = 'Highest BPM must not be below the lowest';
  }
  if (energyMin !== undefined && energyMax !== undefined && energyMin > energyMax) {
    problems.energyMax = 'Highest energy must not be below the lowest';
  }
  const key = form.key.trim();
  if (key !== '' && !MUSICAL_KEYS.includes(key)) problems.key = 'Key must be one of the listed keys';
  if (Object.keys(problems).length) return { problems };
  return {
    filters: {
      ...(bpmMin !== undefined && { bpmMin }),
      ...(bpmMax !== undefined && { bpmMax }),
      ...(key && { key }),
      ...(energyMin !== undefined && { energyMin: energyMin / 100 }),
      ...(energyMax !== undefined && { energyMax: energyMax / 100 }),
    },
  };
}

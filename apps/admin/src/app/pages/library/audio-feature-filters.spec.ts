import { EMPTY_AUDIO_FEATURE_FORM, MUSICAL_KEYS, readAudioFeatureForm } from './audio-feature-filters';

const form = (fields: Partial<typeof EMPTY_AUDIO_FEATURE_FORM>) => ({ ...EMPTY_AUDIO_FEATURE_FORM, ...fields });

describe('readAudioFeatureForm', () => {
  it('filters nothing when every field is empty', () => {
    expect(readAudioFeatureForm(EMPTY_AUDIO_FEATURE_FORM)).toEqual({ filters: {} });
  });

  it('reads a BPM range, a key and an energy range in percent', () => {
    expect(
      readAudioFeatureForm(
        form({ bpmMin: '120', bpmMax: ' 128.5 ', key: 'A minor', energyMin: '40', energyMax: '90' }),
      ),
    ).toEqual({ filters: { bpmMin: 120, bpmMax: 128.5, key: 'A minor', energyMin: 0.4, energyMax: 0.9 } });
  });

  it.each([
    [{ bpmMin: 'fast' }, 'bpmMin'],
    [{ bpmMax: '401' }, 'bpmMax'],
    [{ bpmMin: '-5' }, 'bpmMin'],
    [{ energyMax: '150' }, 'energyMax'],
    [{ bpmMin: '130', bpmMax: '120' }, 'bpmMax'],
    [{ energyMin: '80', energyMax: '20' }, 'energyMax'],
    [{ key: 'H minor' }, 'key'],
  ])('names the field of %j', (fields, field) => {
    const read = readAudioFeatureForm(form(fields));
    expect(Object.keys(read.problems ?? {})).toEqual([field]);
  });

  it('offers the 24 keys the analyser names', () => {
    expect(MUSICAL_KEYS).toHaveLength(24);
    expect(MUSICAL_KEYS).toContain('F# minor');
    expect(MUSICAL_KEYS).toContain('Bb major');
  });
});

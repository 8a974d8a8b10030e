import type { RadarDto } from '@app/contracts';

import { NARROW_PX, radarOption, wrapLabel } from './chart-options';

describe('wrapLabel', () => {
  it.each([
    ['Energy', 10, 'Energy'],
    ['Mood (valence)', 10, 'Mood\n(valence)'],
    ['Mood (valence)', 18, 'Mood (valence)'],
    ['Danceability', 10, 'Danceability'],
    ['  how   loud it   feels ', 10, 'how loud\nit feels'],
    ['the feeling of a rainy sunday afternoon', 10, 'the\nfeeling o…'],
  ])('%j in lines of %i → %j', (name, width, wrapped) => {
    expect(wrapLabel(name, width)).toBe(wrapped);
  });
});

describe('radarOption', () => {
  const radar: RadarDto = {
    week: '2026-08',
    compare: null,
    baselineWeeks: 7,
    shift: null,
    axes: [
      { axis: 'energy', label: 'Energy', week: 0.8, baseline: 0.3, z: 3 },
      { axis: 'valence', label: 'Mood (valence)', week: 0.5, baseline: 0.5, z: 0 },
    ],
  };
  type Radar = { radius: string; axisName: { formatter: (n: string) => string; fontSize?: number } };
  const option = radarOption(radar, false) as {
    baseOption: { radar: Radar };
    media: { query: { maxWidth: number }; option: { radar: Radar } }[];
  };

  it('wraps the axis names and shrinks the radar on narrow charts only', () => {
    const narrow = option.media.find((m) => m.query.maxWidth === NARROW_PX)!.option.radar;
    expect(option.baseOption.radar.axisName.formatter('Mood (valence)')).toBe('Mood (valence)');
    expect(narrow.axisName.formatter('Mood (valence)')).toBe('Mood\n(valence)');
    expect(parseFloat(narrow.radius)).toBeLessThan(parseFloat(option.baseOption.radar.radius));
    expect(narrow.axisName.fontSize).toBeLessThan(12);
  });
});

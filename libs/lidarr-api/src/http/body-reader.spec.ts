import { BodyReader } from './body-reader.js';
import { LidarrValidationError } from './lidarr-validation.error.js';
import { MONITOR_TYPES } from './parse-enum.js';

function failuresOf(read: () => void) {
  try {
    read();
  } catch (error) {
    if (error instanceof LidarrValidationError) return error.failures;
    throw error;
  }
  return [];
}

describe('BodyReader', () => {
  it('reads keys in any case, nested too', () => {
    const sut = BodyReader.of({ ForeignArtistId: 'x', ADDOPTIONS: { AlbumsToMonitor: ['a'], monitor: 3 } });
    const options = sut.object('addOptions');
    expect(sut.string('foreignArtistId')).toBe('x');
    expect(options?.stringArray('albumsToMonitor')).toEqual(['a']);
    expect(options?.enumOf('monitor', MONITOR_TYPES)).toBe('existing');
    expect(() => sut.assertValid()).not.toThrow();
  });

  it.each([
    [{ monitored: 'TRUE' }, true],
    [{ monitored: 'false' }, false],
    [{ monitored: true }, true],
    [{}, undefined],
  ])('reads the boolean of %j', (body, expected) => {
    expect(BodyReader.of(body).bool('monitored')).toBe(expected);
  });

  it('collects every failure with PascalCase property paths, then throws them together', () => {
    const failures = failuresOf(() => {
      const sut = BodyReader.of({ qualityProfileId: 'one', addOptions: { monitor: 'sometimes' }, tags: [1, 'x'] });
      sut.string('foreignArtistId', true);
      sut.int('qualityProfileId');
      sut.object('addOptions')?.enumOf('monitor', MONITOR_TYPES);
      sut.intArray('tags');
      sut.assertValid();
    });
    expect(failures.map((f) => f.propertyName)).toEqual([
      'ForeignArtistId',
      'QualityProfileId',
      'AddOptions.Monitor',
      'Tags',
    ]);
    expect(failures[0]).toEqual({
      propertyName: 'ForeignArtistId',
      errorMessage: "'ForeignArtistId' must not be empty",
      severity: 'error',
    });
    expect(failures[1]).toMatchObject({ attemptedValue: 'one', errorMessage: "'QualityProfileId' must be an integer" });
  });

  it.each([[null], [[1, 2]], ['text']])('refuses a body that is not an object: %j', (body) => {
    expect(() => BodyReader.of(body)).toThrow(LidarrValidationError);
  });
});

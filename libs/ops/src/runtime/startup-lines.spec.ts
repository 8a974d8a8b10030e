import { startupLines } from './startup-lines.js';

describe('startupLines', () => {
  it.each([
    ['127.0.0.1', 8000, false, ['TrueTrack is ready at http://127.0.0.1:8000/']],
    [
      '0.0.0.0',
      8000,
      false,
      ['TrueTrack is ready at http://localhost:8000/ (listening on every interface, port 8000)'],
    ],
    ['::', 9000, false, ['TrueTrack is ready at http://localhost:9000/ (listening on every interface, port 9000)']],
    ['::1', 8000, false, ['TrueTrack is ready at http://[::1]:8000/']],
    [
      'nas.local',
      8000,
      true,
      [
        'TrueTrack is ready at http://nas.local:8000/',
        'First run: create the admin user at http://nas.local:8000/setup',
      ],
    ],
  ])('%s:%i (setup due: %s)', (host, port, needsSetup, expected) => {
    expect(startupLines(host, port, needsSetup)).toEqual(expected);
  });
});

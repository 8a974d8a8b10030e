import { startupLines } from './startup-lines.js';

describe('startupLines', () => {
  it.each([
    ['127.0.0.1', 8000, undefined, ['TrueTrack is ready at http://127.0.0.1:8000/']],
    [
      '0.0.0.0',
      8000,
      undefined,
      ['TrueTrack is ready at http://localhost:8000/ (listening on every interface, port 8000)'],
    ],
    ['::', 9000, undefined, ['TrueTrack is ready at http://localhost:9000/ (listening on every interface, port 9000)']],
    ['::1', 8000, undefined, ['TrueTrack is ready at http://[::1]:8000/']],
    [
      'nas.local',
      8000,
      'Jq3v-token',
      [
        'TrueTrack is ready at http://nas.local:8000/',
        'First run: create the admin user at http://nas.local:8000/setup with the setup token Jq3v-token',
        '(the token is also in the file setup-token in the data folder; `truetrack setup-token` shows it)',
      ],
    ],
  ])('%s:%i (setup token: %s)', (host, port, setupToken, expected) => {
    expect(startupLines(host, port, setupToken)).toEqual(expected);
  });
});

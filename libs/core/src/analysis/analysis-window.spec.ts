import { analysisWindow } from './analysis-window.js';

describe('analysisWindow', () => {
  it.each([
    ['the middle of a long track', 240, 30, { startSeconds: 105, durationSeconds: 30 }],
    ['the middle with an odd length', 181.5, 60, { startSeconds: 60.75, durationSeconds: 60 }],
    ['the whole track when the setting is 0', 240, 0, { startSeconds: 0 }],
    ['the whole track when it is shorter than the window', 20, 30, { startSeconds: 0 }],
    ['the whole track when it is exactly the window', 30, 30, { startSeconds: 0 }],
    ['the whole track when the duration is unknown', undefined, 30, { startSeconds: 0 }],
  ])('takes %s', (_, track, window, expected) => {
    expect(analysisWindow(track, window)).toEqual(expected);
  });
});

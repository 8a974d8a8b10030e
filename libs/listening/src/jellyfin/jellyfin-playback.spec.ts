import { judgePlayback } from './jellyfin-playback.js';

const MINUTE_TICKS = 60 * 10_000_000;
const play = (runMinutes: number | undefined, positionMinutes: number) => ({
  itemType: 'Audio',
  artist: 'Rick Astley',
  name: 'Never Gonna Give You Up',
  ...(runMinutes === undefined ? {} : { runTimeTicks: runMinutes * MINUTE_TICKS }),
  positionTicks: positionMinutes * MINUTE_TICKS,
  stoppedAt: '2025-01-01T12:00:00.1234567Z',
});

describe('judgePlayback', () => {
  it.each<[string, number | undefined, number, boolean]>([
    ['half of a 3-minute track', 3, 1.5, true],
    ['just short of half', 3, 1.49, false],
    ['4 minutes of a 10-minute track', 10, 4, true],
    ['3.9 minutes of a 10-minute track', 10, 3.9, false],
    ['4 minutes of a track of unknown length', undefined, 4, true],
    ['2 minutes of a track of unknown length', undefined, 2, false],
  ])('%s: counts = %s', (_, run, position, counts) => {
    expect(judgePlayback(play(run, position)).counts).toBe(counts);
  });

  it('dates the listen at the start of the play: the stop time less the position', () => {
    expect(judgePlayback(play(3, 2))).toEqual({
      counts: true,
      listenedAt: Date.parse('2025-01-01T12:00:00.123Z') - 2 * 60_000,
      durationMs: 3 * 60_000,
    });
  });

  it('says why a play does not count', () => {
    expect(judgePlayback(play(3, 0.5))).toEqual({
      counts: false,
      reason: 'played 0:30 of 3:00: not past half or 4 minutes',
    });
    expect(judgePlayback({ ...play(3, 3), itemType: 'Movie' })).toEqual({
      counts: false,
      reason: 'only Audio items become listens',
    });
    expect(judgePlayback({ ...play(3, 3), stoppedAt: undefined }).counts).toBe(false);
  });
});

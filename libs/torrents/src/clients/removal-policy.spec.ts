import { removalDecision } from './removal-policy.js';

describe('when a seeding torrent is removed', () => {
  it.each([
    [{ ratio: 5, seedingSeconds: 1e7 }, {}, {}, false, 'No seeding limit is set'],
    [{ ratio: 1.5, seedingSeconds: 60 }, { ratio: 1 }, {}, true, 'Ratio 1.50 reached the limit of 1'],
    [{ ratio: 0.5, seedingSeconds: 60 }, { ratio: 1 }, {}, false, 'Still seeding towards its limit'],
    [{ ratio: 0, seedingSeconds: 7200 }, { seedMinutes: 60 }, {}, true, 'Seeded 120 minutes, the limit is 60'],
    // The tracker asks for 2 hours: the person's hour is raised to it.
    [
      { ratio: 0, seedingSeconds: 4000 },
      { seedMinutes: 60 },
      { seedSeconds: 7200 },
      false,
      'Still seeding towards its limit',
    ],
    [{ ratio: 1.2, seedingSeconds: 60 }, { ratio: 1 }, { ratio: 2 }, false, 'Still seeding towards its limit'],
  ])('%j with limits %j (indexer %j)', (seeding, limits, indexer, remove, reason) => {
    expect(removalDecision(seeding, limits, indexer)).toEqual({ remove, reason });
  });
});

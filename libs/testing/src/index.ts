export { deepMerge } from './deep-merge.js';
export type { DeepPartial } from './deep-merge.js';
export { FakeClock } from './fake-clock.js';
export { freePort } from './free-port.js';
export { makeTestConfig, TEST_API_KEY } from './make-test-config.js';
export { scriptedStepProviders } from './scripted-steps.js';
export * from './test-database.js';
export { createStepCompletionTable, readStepCompletions, recordedStepProviders } from './step-completions.js';
export * from './fake-http-server.js';
export * from './media-fixtures.js';
export {
  DEFAULT_SONGS,
  DISCOGRAPHY_SONGS,
  fakeArtistId,
  type FakeMusicWorld,
  type FakeMusicWorldOptions,
  type FakeSong,
  fakeSong,
  makeFakeSongs,
  startFakeMusicWorld,
  VERSIONED_SONGS,
  type WorldTarget,
} from './fake-music-world.js';
export { type ProcessServer, startProcessServer } from './process-server.js';
export { pollJob, pollUntil } from './poll-job.js';
export * from './fake-listening-history.js';
export { type PlantedHistory, plantedHistory, type PlantedListen } from './planted-taste-history.js';
export * from './torrent-daemons.js';

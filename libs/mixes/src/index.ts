export { readCueSheet } from './cue/read-cue-sheet.js';
export { probeAudio } from './chapters/probe-audio.js';
export { MixesModule } from './mixes.module.js';
export { MIXES_ENTITIES } from './mixes-entities.js';

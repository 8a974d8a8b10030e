export { TaggerModule } from './tagger.module.js';
export { AUDIO_FORMATS, type AudioFormat, type CoverImage, type FileTags, type ReadResult } from './file-tags.js';

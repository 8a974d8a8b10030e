export { TaggerModule } from './tagger.module.js';

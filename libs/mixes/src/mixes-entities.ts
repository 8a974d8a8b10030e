import { MixLineEntity } from './store/mix-line.entity.js';
import { MixPartEntity } from './store/mix-part.entity.js';
import { MixEntity } from './store/mix.entity.js';

export const MIXES_ENTITIES = [MixEntity, MixLineEntity, MixPartEntity];

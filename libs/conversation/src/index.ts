// The keys this library declares in a job's data (a JobData augmentation), seen by whoever imports the library.
import './job-data.js';
export { ConversationModule } from './conversation.module.js';

import { SearchHistoryEntity } from './search/search-history.entity.js';
import { SearchPreferenceEntity } from './search/search-preference.entity.js';

/** The entities this lib maps; handed to the DataSource by the composition root. */
export const CONVERSATION_ENTITIES = [SearchHistoryEntity, SearchPreferenceEntity];

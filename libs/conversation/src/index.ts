export { ConversationModule } from './conversation.module.js';

import { SearchHistoryEntity } from './search/search-history.entity.js';
import { SearchPreferenceEntity } from './search/search-preference.entity.js';

/** The entities this lib maps; handed to the DataSource by the composition root. */
export const CONVERSATION_ENTITIES = [SearchHistoryEntity, SearchPreferenceEntity];

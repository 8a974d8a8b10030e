import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { ResolverModule } from '@app/resolver';
import { SearchController } from './api/search.controller.js';
import { ArtistReleases } from './browse/artist-releases.service.js';
import { LocalModelReader } from './model/local-model-reader.js';
import { ConversationalSearch } from './search/conversational-search.service.js';
import { PickResult } from './search/pick-result.service.js';
import { SearchHistory } from './search/search-history.service.js';
import { SearchPreferenceStore } from './search/search-preferences.service.js';

/** Requests in plain words: reading, clarifying questions, picks, and each person's history and preferences. */
@Module({
  imports: [AuthModule, ResolverModule],
  controllers: [SearchController],
  providers: [ArtistReleases, LocalModelReader, ConversationalSearch, PickResult, SearchHistory, SearchPreferenceStore],
  exports: [ConversationalSearch],
})
export class ConversationModule {}

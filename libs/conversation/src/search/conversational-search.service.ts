import { randomUUID } from 'node:crypto';
import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { SearchPreferences, SearchRequest, SearchResponseDto } from '@app/contracts';
import {
  AppError,
  browseKind,
  checkProposal,
  chooseResultsWithRecordings,
  clarifyingQuestions,
  parseConversation,
  type RequestConstraints,
  type Settled,
} from '@app/core';
import { JobEventBus } from '@app/jobs';
import { type IdentityResolution, IdentityResolver } from '@app/resolver';
import { ArtistReleases } from '../browse/artist-releases.service.js';
import { LocalModelReader } from '../model/local-model-reader.js';
import { SearchHistory } from './search-history.service.js';
import { SearchPreferenceStore } from './search-preferences.service.js';

interface Reading {
  constraints: RequestConstraints;
  resolution: IdentityResolution;
  understoodBy: SearchResponseDto['understoodBy'];
}

/**
 * A request in plain words to questions or results: the rules read it (and the local model, when configured, may
 * read it better within its time limit), the resolver finds the candidates, and what the request, the answers and
 * the person's preferences leave open becomes questions. Every answer is kept in the person's history and
 * published on the job event stream, so API and CLI clients see what the admin UI shows.
 */
@Injectable()
export class ConversationalSearch {
  constructor(
    private readonly resolver: IdentityResolver,
    private readonly model: LocalModelReader,
    private readonly preferences: SearchPreferenceStore,
    private readonly history: SearchHistory,
    private readonly events: JobEventBus,
    private readonly releases: ArtistReleases,
  ) {}

  async search(person: string, request: SearchRequest): Promise<SearchResponseDto> {
    const remembered = await this.preferences.get(person);
    const preferences: SearchPreferences = { ...remembered, ...request.preferences };
    const answers = request.answers ?? {};
    const { constraints, resolution, understoodBy } = await this.read(request.query).catch(catalogueUnavailable);
    const settled: Settled = { preferences, answers };
    const browsed = await this.browse(constraints);
    const questions =
      request.skip || browsed.length ? [] : clarifyingQuestions(constraints, resolution.ranked, settled);
    const chosen =
      questions.length || browsed.length
        ? []
        : chooseResultsWithRecordings(constraints, resolution.ranked, settled, request.skip);
    const results = browsed.length ? browsed : chosen.map((c) => c.result);
    if (request.remember) await this.remember(person, answers);
    const answer: SearchResponseDto = {
      searchId: randomUUID(),
      query: request.query,
      status: questions.length ? 'questions' : 'results',
      constraints,
      understoodBy,
      questions,
      results,
      preferences: request.remember ? await this.preferences.get(person) : preferences,
    };
    const recordings = Object.fromEntries(
      chosen.filter((c) => c.result.kind === 'track').map((c) => [c.result.id, c.recording]),
    );
    await this.history.record(person, answer, recordings);
    this.events.publish({ type: 'search.answered', person, search: answer });
    return answer;
  }

  /** The rules' reading is searched at once; the model's, if it comes in time and differs, is searched too. */
  private async read(query: string): Promise<Reading> {
    const rules = parseConversation(query);
    const byRules = this.resolver.resolve(rules.searchText);
    // Searched or not, a rejection of the rules' search must not go unhandled while the model is awaited.
    byRules.catch(() => undefined);
    const proposal = this.model.enabled ? await this.model.propose(query) : undefined;
    const checked = proposal && checkProposal(query, rules, proposal);
    if (checked && checked.searchText !== rules.searchText) {
      const byModel = await this.resolver.resolve(checked.searchText).catch(() => undefined);
      if (byModel?.ranked.length) return { constraints: checked, resolution: byModel, understoodBy: 'model' };
    } else if (checked) {
      return { constraints: checked, resolution: await byRules, understoodBy: 'model' };
    }
    return { constraints: rules, resolution: await byRules, understoodBy: 'rules' };
  }

  /**
   * A discography or "latest EP" request, answered from the artist's releases; nothing when the catalogue cannot
   * (no such artist, MusicBrainz down), and the recordings found are shown instead.
   */
  private async browse(constraints: RequestConstraints): Promise<SearchResponseDto['results']> {
    const kind = browseKind(constraints);
    if (!kind) return [];
    return this.releases.browse(constraints, kind).catch(() => []);
  }

  /** Answers become standing preferences: a version picked, album or song. */
  private async remember(person: string, answers: Record<string, string | undefined>): Promise<void> {
    const version = answers['version']?.split(':')[0];
    const kind = answers['kind'] === 'album' || answers['kind'] === 'track' ? answers['kind'] : undefined;
    if (version || kind) await this.preferences.update(person, { ...(version && { version }), ...(kind && { kind }) });
  }
}

/** No provider enabled, or every one failed: the catalogue cannot be searched now, and the caller is told why. */
function catalogueUnavailable(error: unknown): never {
  if (error instanceof AppError && (error.code === 'retryable' || error.code === 'permanent')) {
    throw new ServiceUnavailableException(`The catalogue cannot be searched: ${error.message}`);
  }
  throw error;
}

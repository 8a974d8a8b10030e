import { Inject, Injectable } from '@nestjs/common';
import { PREFERENCE_KEYS, type SearchPreferences } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { CLOCK, type Clock } from '@app/platform';
import { SearchPreferenceEntity } from './search-preference.entity.js';

type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

/** Each person's standing answers: seen and edited in the admin UI, remembered from answered questions. */
@Injectable()
export class SearchPreferenceStore {
  constructor(
    private readonly tx: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(person: string): Promise<SearchPreferences> {
    const rows = await this.tx.outsideTransaction((m) => m.find(SearchPreferenceEntity, { where: { person } }));
    return Object.fromEntries(
      rows.filter((r) => (PREFERENCE_KEYS as readonly string[]).includes(r.name)).map((r) => [r.name, r.value]),
    ) as SearchPreferences;
  }

  /** Sets the given keys; a key set to null is forgotten, a key left out is kept. */
  async update(person: string, changes: Partial<Record<PreferenceKey, string | null>>): Promise<SearchPreferences> {
    const now = this.clock.now();
    await this.tx.run(async (m) => {
      for (const name of PREFERENCE_KEYS) {
        const value = changes[name];
        if (value === undefined) continue;
        if (value === null) await m.delete(SearchPreferenceEntity, { person, name });
        else await m.save(SearchPreferenceEntity, { person, name, value, updatedAt: now });
      }
    });
    return this.get(person);
  }
}

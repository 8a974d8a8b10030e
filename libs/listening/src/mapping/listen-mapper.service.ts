import { Inject, Injectable, Logger, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { LibraryTrackReads } from '@app/library';
import { IsNull } from 'typeorm';
import { ListenEntity } from '../listens/listen.entity.js';
import { ListenEvents } from '../listens/listen-events.js';
import type { Decided } from './decided.js';
import { IntakeQuiet } from './intake-quiet.js';
import { LibraryMatches } from './library-matches.js';
import { writeMappings } from './write-mappings.js';
import type { MappedBy } from './mapped-by.js';
import { PlayCounts } from './play-counts.js';
import { type CachedAnswer, RecordingCache } from './recording-cache.js';
import { RECORDING_LOOKUP, type RecordingLookup } from './recording-lookup.js';
import { bareTitle, songKey } from './song-key.js';
import { isMappingTrusted, readSubmittedMapping } from './submitted-mapping.js';

/** Listens mapped per transaction: small enough that intake never waits long behind it. */
const BATCH = 500;
/** Bursts of listens (a client's backlog, an import's pages) start one sweep, this long after the first. */
const KICK_DELAY_MS = 1000;
/**
 * Mapping writes through the connection intake writes through (SQLite has one writer): while listens keep coming
 * it waits for this much quiet before each batch, so a request storing listens never queues behind it…
 */
const INTAKE_QUIET_MS = 1000;
/** …but for at most this long a batch, so that steady scrobbling still gets mapped. */
const MAX_YIELD_MS = 5000;

export interface MappingRound {
  mapped: number;
  linked: number;
  /** Listens left for the next round because no provider could answer. */
  deferred: number;
}

interface Decision {
  mbid: string | null;
  by: MappedBy;
}

type Pending = Pick<
  ListenEntity,
  'id' | 'listenerId' | 'artistName' | 'trackName' | 'recordingMbid' | 'additionalInfo'
>;

/**
 * Maps listens to MusicBrainz recordings and library tracks, in the background: an MBID the listen carries
 * first (ListenBrainz's mapping only when its credit agrees with the listen), else the resolver through a
 * cache keyed on the normalised artist and title, then the library track with that recording or that text.
 * Listens no provider could answer for stay unmapped and are tried again on the next round.
 */
@Injectable()
export class ListenMapper implements OnApplicationShutdown {
  private readonly logger = new Logger(ListenMapper.name);
  private readonly stop = new AbortController();
  private running: Promise<MappingRound> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  /** What the library looked like when unlinked listens were last matched against it. */
  private librarySeen: string | undefined;
  /** The library's tracks as keys, rebuilt only when the library has changed. */
  private library: { matches: LibraryMatches; signature: string } | undefined;
  private readonly intake = new IntakeQuiet(INTAKE_QUIET_MS, MAX_YIELD_MS);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly cache: RecordingCache,
    private readonly plays: PlayCounts,
    private readonly tracks: LibraryTrackReads,
    private readonly events: ListenEvents,
    @Optional() @Inject(RECORDING_LOOKUP) private readonly lookup?: RecordingLookup,
  ) {}

  /** Listens were just stored: a round follows once intake has been quiet for a moment. */
  listensStored(): void {
    this.intake.noteIntake();
    this.kick();
  }

  /** Asks for a round soon; never waits for it, so intake is not slowed. */
  kick(): void {
    if (this.timer || this.stop.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.mapPending().catch((error: unknown) => this.logger.warn(`Listen mapping failed: ${String(error)}`));
    }, KICK_DELAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.stop.abort(new Error('the server is stopping'));
  }

  /** Maps every listen not mapped yet (a call during a round joins it and makes one more). */
  mapPending(): Promise<MappingRound> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.rounds().finally(() => (this.running = undefined));
    return this.running;
  }

  private async rounds(): Promise<MappingRound> {
    const total: MappingRound = { mapped: 0, linked: 0, deferred: 0 };
    do {
      this.again = false;
      const round = await this.round();
      total.mapped += round.mapped;
      total.linked += round.linked;
      total.deferred = round.deferred;
    } while (this.again && !this.stop.signal.aborted);
    return total;
  }

  private async round(): Promise<MappingRound> {
    const library = await this.libraryMatches();
    const round: MappingRound = { mapped: 0, linked: 0, deferred: 0 };
    round.linked += await this.relink(library.matches, library.signature);
    const deferred = new Set<string>();
    for (;;) {
      await this.intake.untilQuiet(this.stop.signal);
      if (this.stop.signal.aborted) break;
      const pending = (await this.pending()).filter((listen) => !deferred.has(listen.id));
      if (!pending.length) break;
      const batch = await this.mapBatch(pending, library.matches);
      round.mapped += batch.mapped;
      round.linked += batch.linked;
      for (const id of batch.deferred) deferred.add(id);
      // Providers are down: what is left waits for the next round rather than being asked again now.
      if (batch.deferred.length) break;
    }
    round.deferred = deferred.size;
    return round;
  }

  private pending(): Promise<Pending[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(ListenEntity, {
        select: {
          id: true,
          listenerId: true,
          artistName: true,
          trackName: true,
          recordingMbid: true,
          additionalInfo: true,
        },
        where: { mappedAt: IsNull() },
        order: { listenedAt: 'DESC', id: 'ASC' },
        take: BATCH,
      }),
    );
  }

  private async mapBatch(listens: Pending[], library: LibraryMatches) {
    const keys = new Map(listens.map((listen) => [listen.id, songKey(listen.artistName, listen.trackName)]));
    const cached = await this.cache.get([...keys.values()]);
    const asked = new Map<string, Promise<Decision | undefined>>();
    const answered: CachedAnswer[] = [];
    const decided: Decided[] = [];
    const deferred: string[] = [];
    for (const listen of listens) {
      const key = keys.get(listen.id)!;
      const decision = carried(listen) ?? (await this.resolve(listen, key, cached, asked, answered));
      if (!decision) {
        deferred.push(listen.id);
        continue;
      }
      decided.push({ listen, decision, trackId: library.trackOf(decision.mbid, key) });
    }
    const linkedIds = new Set(decided.flatMap((d) => (d.trackId ? [d.listen.id] : [])));
    await this.save(decided, answered);
    this.events.changed(listens.filter((listen) => linkedIds.has(listen.id)).map((listen) => listen.listenerId));
    return { mapped: decided.length, linked: decided.filter((d) => d.trackId).length, deferred };
  }

  /** The cached answer, else the resolver's (once per song in a batch); undefined when no provider answered. */
  private async resolve(
    listen: Pending,
    key: string,
    cached: Map<string, string | null>,
    asked: Map<string, Promise<Decision | undefined>>,
    answered: CachedAnswer[],
  ): Promise<Decision | undefined> {
    if (cached.has(key)) return fromCache(cached.get(key) ?? null);
    if (!this.lookup) return { mbid: null, by: 'none' };
    let answer = asked.get(key);
    if (!answer) {
      answer = this.ask(this.lookup, listen, key, answered);
      asked.set(key, answer);
    }
    return answer;
  }

  private async ask(
    lookup: RecordingLookup,
    listen: Pending,
    key: string,
    answered: CachedAnswer[],
  ): Promise<Decision | undefined> {
    const answer = await lookup
      .find(listen.artistName, bareTitle(listen.trackName), this.stop.signal)
      .catch(() => ({ kind: 'unavailable' as const }));
    if (answer.kind === 'unavailable') return undefined;
    const mbid = answer.kind === 'found' ? answer.mbid.toLowerCase() : null;
    answered.push({ songKey: key, artistName: listen.artistName, trackName: listen.trackName, recordingMbid: mbid });
    return fromCache(mbid);
  }

  /** The batch's mappings, the resolver's new answers and the play counts they change, in one transaction. */
  private async save(decided: Decided[], answered: CachedAnswer[]): Promise<void> {
    if (!decided.length && !answered.length) return;
    const tracks = [...new Set(decided.flatMap((d) => (d.trackId ? [d.trackId] : [])))];
    await this.tx.run(async (m) => {
      await this.cache.putIn(m, answered);
      await writeMappings(m, decided, Date.now());
      await this.plays.recountIn(m, tracks);
    });
  }

  /** The library's tracks as keys, and a signature that changes when tracks come, go or change. */
  private async libraryMatches(): Promise<{ matches: LibraryMatches; signature: string }> {
    const signature = await this.tracks.signature();
    if (this.library?.signature !== signature) {
      this.library = { matches: new LibraryMatches(await this.tracks.identities()), signature };
    }
    return this.library;
  }

  /** Links listens mapped before their track was in the library, once each time the library has changed. */
  private async relink(library: LibraryMatches, signature: string): Promise<number> {
    if (signature === this.librarySeen) return 0;
    let linked = 0;
    let after = '';
    for (;;) {
      const rows = await this.tx.outsideTransaction((m) =>
        m
          .createQueryBuilder(ListenEntity, 'l')
          .select(['l.id', 'l.listenerId', 'l.artistName', 'l.trackName', 'l.mappedMbid'])
          .where('l.trackId IS NULL')
          .andWhere('l.mappedAt IS NOT NULL')
          .andWhere('l.id > :after', { after })
          .orderBy('l.id', 'ASC')
          .take(BATCH * 4)
          .getMany(),
      );
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      const found = rows.flatMap((row) => {
        const trackId = library.trackOf(row.mappedMbid, songKey(row.artistName, row.trackName));
        return trackId ? [{ id: row.id, listenerId: row.listenerId, trackId }] : [];
      });
      if (!found.length) continue;
      await this.tx.run(async (m) => {
        for (const { id, trackId } of found) await m.update(ListenEntity, { id, trackId: IsNull() }, { trackId });
        await this.plays.recountIn(m, [...new Set(found.map((f) => f.trackId))]);
      });
      this.events.changed(found.map((f) => f.listenerId));
      linked += found.length;
    }
    this.librarySeen = signature;
    return linked;
  }
}

/** The recording a listen carries, when it can be believed. */
function carried(listen: Pending): Decision | undefined {
  const mapping = readSubmittedMapping(listen.additionalInfo);
  if (mapping && isMappingTrusted(listen.artistName, listen.trackName, mapping)) {
    return { mbid: mapping.recordingMbid, by: 'listenbrainz' };
  }
  if (listen.recordingMbid) return { mbid: listen.recordingMbid.toLowerCase(), by: 'submitted' };
  return undefined;
}

const fromCache = (mbid: string | null): Decision => (mbid ? { mbid, by: 'resolver' } : { mbid: null, by: 'none' });

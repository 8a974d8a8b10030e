import { Inject, Injectable } from '@nestjs/common';
import { IntegrationKind, JobKind, WebhookAction, WebhookSource } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ValidationError } from '@app/core';
import { JobsService } from '@app/jobs';
import { JellyfinListens } from '@app/listening';
import { IntegrationStore } from '../store/integration-store.js';
import { describeFailure } from '../targets/http-failure.js';
import { JellyfinTarget } from '../targets/jellyfin.target.js';
import { fromServerPath } from '../targets/library-path.js';
import { Targets } from '../targets/targets.js';
import type { HandledDelivery } from './handled-delivery.js';
import { LOCATE_IMPORT, type LocateImport } from './import-gate.js';
import { hasPoorTags, type JellyfinEvent, parseJellyfinEvent } from './jellyfin-event.js';
import { parseLidarrEvent } from './lidarr-event.js';
import { requestQuery } from './request-event.js';

type Events = Record<string, WebhookAction>;

/** What each source's events do: import jobs for files, track jobs for requests, or nothing (logged). */
@Injectable()
export class InboundActions {
  constructor(
    private readonly jobs: JobsService,
    private readonly integrations: IntegrationStore,
    private readonly targets: Targets,
    private readonly listens: JellyfinListens,
    @Inject(LOCATE_IMPORT) private readonly locate: LocateImport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  handle(source: WebhookSource, body: unknown, events: Events): Promise<HandledDelivery> {
    if (source === WebhookSource.Jellyfin) return this.jellyfin(body, events);
    if (source === WebhookSource.Lidarr) return this.lidarr(body, events);
    return this.request(body, events);
  }

  private async jellyfin(body: unknown, events: Events): Promise<HandledDelivery> {
    const event = parseJellyfinEvent(body);
    const type = event.notificationType;
    const summary = `${type} ${event.itemType ?? ''} ${[event.artist, event.name].filter(Boolean).join(' - ')}`.trim();
    const action = events[type] ?? WebhookAction.Ignore;
    if (action === WebhookAction.Ignore) return ignored(type, summary, `no action is set for ${type}`);
    if (action === WebhookAction.Listen) return this.listen(type, summary, event);
    if (action === WebhookAction.Request) {
      if (!event.name) throw new ValidationError('Name', 'Name must be given to request a track');
      return this.createTrackJob(type, summary, [event.artist, event.name].filter(Boolean).join(' - '));
    }
    if (event.itemType !== 'Audio') return ignored(type, summary, 'only Audio items are imported');
    if (action === WebhookAction.ImportIfPoorTags && !hasPoorTags(event)) {
      return ignored(type, summary, 'its tags already carry MusicBrainz ids, an album and an artist');
    }
    const path = await this.jellyfinItemPath(event);
    if (!path.ok) return { event: type, summary, message: path.reason, jobIds: [], refused: path.reason };
    return this.importFiles(type, summary, [path.path]);
  }

  /** A stopped play becomes a listen through the listening lib, which judges whether it counts. */
  private async listen(type: string, summary: string, event: JellyfinEvent): Promise<HandledDelivery> {
    if (type !== 'PlaybackStop') return ignored(type, summary, 'only PlaybackStop events become listens');
    const outcome = await this.listens.record({
      username: event.username,
      itemType: event.itemType,
      artist: event.artist,
      name: event.name,
      album: event.album,
      recordingMbid: event.musicbrainzRecordingId,
      runTimeTicks: event.runTimeTicks,
      positionTicks: event.positionTicks,
      stoppedAt: event.utcTimestamp,
    });
    return { event: type, summary, message: outcome.message, jobIds: [], listened: outcome.recorded };
  }

  private async lidarr(body: unknown, events: Events): Promise<HandledDelivery> {
    const event = parseLidarrEvent(body);
    const type = event.eventType;
    const summary = `${type} ${[event.artist, event.album].filter(Boolean).join(' - ')}`.trim();
    if (type === 'Test') return ignored(type, summary, 'test received');
    const action = events[type] ?? WebhookAction.Ignore;
    if (action !== WebhookAction.Import) return ignored(type, summary, `no action is set for ${type}`);
    if (!event.paths.length) throw new ValidationError('trackFiles', 'trackFiles must list at least one path');
    return this.importFiles(type, summary, event.paths);
  }

  private async request(body: unknown, events: Events): Promise<HandledDelivery> {
    const query = requestQuery(body);
    if (events['request'] === WebhookAction.Ignore) return ignored('request', query, 'requests are turned off');
    return this.createTrackJob('request', query, query);
  }

  private async createTrackJob(event: string, summary: string, query: string): Promise<HandledDelivery> {
    const { job } = await this.jobs.create({ query, kind: JobKind.Track });
    return { event, summary, message: `job ${job.id} requested "${query}"`, jobIds: [job.id] };
  }

  /** Import jobs for the files the import checks accept; the others are named with the reason. */
  private async importFiles(event: string, summary: string, paths: string[]): Promise<HandledDelivery> {
    const jobIds: string[] = [];
    const refused: string[] = [];
    for (const path of paths) {
      const place = await this.locate(this.config, path);
      if (!place.ok) {
        refused.push(`${path} ${place.reason}`);
        continue;
      }
      jobIds.push((await this.jobs.create({ query: place.absolute, kind: JobKind.Import })).job.id);
    }
    const message = `${jobIds.length} import job(s) created${refused.length ? `, ${refused.length} path(s) refused` : ''}`;
    return { event, summary, message, jobIds, ...(refused.length ? { refused: refused.join('; ') } : {}) };
  }

  /** The item's file through the first enabled Jellyfin integration, as TrueTrack sees it. */
  private async jellyfinItemPath(
    event: JellyfinEvent,
  ): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
    if (!event.itemId) throw new ValidationError('ItemId', 'ItemId must be given to import an item');
    const [jellyfin] = await this.integrations.enabledOfKinds([IntegrationKind.Jellyfin]);
    if (!jellyfin) return { ok: false, reason: 'no enabled Jellyfin integration to look the item up with' };
    const target = this.targets.get(IntegrationKind.Jellyfin) as JellyfinTarget;
    try {
      const path = await target.itemPath(jellyfin.settings, event.itemId, this.targets.http);
      if (!path) return { ok: false, reason: `Jellyfin knows no file for item ${event.itemId}` };
      return { ok: true, path: fromServerPath(path, this.config.paths.libraryRoot, jellyfin.settings['libraryPath']) };
    } catch (error) {
      return { ok: false, reason: `Jellyfin did not give the item's file (${describeFailure(error)})` };
    }
  }
}

function ignored(event: string, summary: string, message: string): HandledDelivery {
  return { event, summary, message, jobIds: [] };
}

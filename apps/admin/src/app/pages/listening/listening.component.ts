import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  ListenDto,
  ListenerConnectionDto,
  ListenerDto,
  ListenRelayStatusDto,
  ListenSyncDto,
} from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { ListeningApiService } from '../../api/listening-api.service';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';

const SOURCE_LABELS: Record<ListenSyncDto['source'], string> = { listenbrainz: 'ListenBrainz', lastfm: 'Last.fm' };

/** Who listens to what: listeners, the URLs and token to paste into media servers, history imports, recent listens. */
@Component({
  selector: 'adm-listening',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, ProblemComponent],
  templateUrl: './listening.component.html',
  styleUrl: './listening.component.scss',
})
export class ListeningComponent {
  /** A listen's mapping as a badge: in the library, a recording only, none found, or not looked at yet. */
  protected mappedLabel(listen: ListenDto): string {
    if (listen.trackId) return 'in library';
    if (listen.mapping.state === 'mapped') return 'MusicBrainz id';
    return listen.mapping.state === 'unmapped' ? 'unmapped' : 'mapping…';
  }

  protected mappedStatus(listen: ListenDto): string {
    return listen.mapping.state === 'mapped' ? 'ok' : listen.mapping.state === 'unmapped' ? 'none' : 'waiting';
  }

  private readonly api = inject(ListeningApiService);

  protected readonly listeners = signal<readonly ListenerDto[]>([]);
  protected readonly selectedId = signal<string | undefined>(undefined);
  protected readonly selected = computed(() => this.listeners().find((l) => l.id === this.selectedId()));
  protected readonly connection = signal<ListenerConnectionDto | undefined>(undefined);
  protected readonly listens = signal<readonly ListenDto[] | undefined>(undefined);
  protected readonly syncs = signal<readonly ListenSyncDto[]>([]);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | undefined>(undefined);
  protected readonly sourceLabels = SOURCE_LABELS;
  protected readonly relay = signal<ListenRelayStatusDto | undefined>(undefined);
  /** The Last.fm page where the person allows TrueTrack, while connecting. */
  protected readonly lastfmAuthorizeUrl = signal<string | undefined>(undefined);
  /** Listens whose cover would not load: shown without one. */
  protected readonly coverless = signal<ReadonlySet<string>>(new Set());

  protected coverUrl(listen: ListenDto): string | undefined {
    return this.coverless().has(listen.id) ? undefined : this.api.coverUrl(listen);
  }

  protected noCover(listen: ListenDto): void {
    this.coverless.update((set) => new Set([...set, listen.id]));
  }

  protected newName = '';
  protected listenBrainzUsername = '';
  protected listenBrainzToken = '';
  protected lastfmUsername = '';
  protected relayListenBrainz = false;
  protected relayLastfm = false;
  protected since = '';

  constructor() {
    void this.load();
  }

  protected async select(id: string): Promise<void> {
    this.selectedId.set(id);
    const listener = this.selected();
    this.listenBrainzUsername = listener?.listenBrainzUsername ?? '';
    this.listenBrainzToken = '';
    this.lastfmUsername = listener?.lastfmUsername ?? '';
    this.relayListenBrainz = listener?.relayListenBrainz ?? false;
    this.relayLastfm = listener?.relayLastfm ?? false;
    this.lastfmAuthorizeUrl.set(undefined);
    this.message.set(undefined);
    await this.run(async () => {
      const [connection, listens, syncs, relay] = await Promise.all([
        firstValueFrom(this.api.connection(id)),
        firstValueFrom(this.api.recent(id)),
        firstValueFrom(this.api.syncs(id)),
        firstValueFrom(this.api.relayStatus(id)),
      ]);
      this.connection.set(connection);
      this.listens.set(listens);
      this.syncs.set(syncs);
      this.relay.set(relay);
    });
  }

  protected async add(): Promise<void> {
    const missing = checkRequired([{ field: 'name', value: this.newName, label: 'A name', inputId: 'listener-name' }]);
    if (missing) {
      this.problem.set(missing);
      return;
    }
    const name = this.newName.trim();
    await this.run(async () => {
      const created = await firstValueFrom(this.api.create({ name }));
      this.newName = '';
      this.listeners.update((list) => [...list, created]);
      await this.select(created.id);
    });
  }

  protected async regenerate(): Promise<void> {
    const id = this.selectedId();
    if (!id) return;
    await this.run(async () => {
      this.replace(await firstValueFrom(this.api.regenerateToken(id)));
      this.connection.set(await firstValueFrom(this.api.connection(id)));
      this.message.set('A new token is made: paste it into Navidrome and Jellyfin again.');
    });
  }

  protected async connect(): Promise<void> {
    const id = this.selectedId();
    if (!id) return;
    await this.run(async () => {
      const changed = await firstValueFrom(
        this.api.update(id, {
          listenBrainzUsername: this.listenBrainzUsername.trim() || null,
          lastfmUsername: this.lastfmUsername.trim() || null,
          relayListenBrainz: this.relayListenBrainz,
          relayLastfm: this.relayLastfm,
          ...(this.listenBrainzToken.trim() ? { listenBrainzToken: this.listenBrainzToken.trim() } : {}),
        }),
      );
      this.replace(changed);
      this.listenBrainzToken = '';
      this.message.set('Accounts saved.');
    });
  }

  /** Asks Last.fm for a token; the person then allows TrueTrack on the page linked. */
  protected async startLastfm(): Promise<void> {
    const id = this.selectedId();
    if (!id) return;
    await this.run(async () => {
      this.lastfmAuthorizeUrl.set((await firstValueFrom(this.api.connectLastfm(id))).authorizeUrl);
      this.message.set(
        'Allow TrueTrack at Last.fm (the link opens a new tab), then come back and press “I allowed it”.',
      );
    });
  }

  protected async finishLastfm(): Promise<void> {
    const id = this.selectedId();
    if (!id) return;
    await this.run(async () => {
      const changed = await firstValueFrom(this.api.finishLastfm(id));
      this.replace(changed);
      this.relayLastfm = changed.relayLastfm;
      this.lastfmUsername = changed.lastfmUsername ?? this.lastfmUsername;
      this.lastfmAuthorizeUrl.set(undefined);
      this.message.set(
        `Last.fm connected as ${changed.lastfmUsername ?? 'this account'}: listens are scrobbled there.`,
      );
    });
  }

  protected async disconnectLastfm(): Promise<void> {
    const id = this.selectedId();
    if (!id) return;
    await this.run(async () => {
      const changed = await firstValueFrom(this.api.disconnectLastfm(id));
      this.replace(changed);
      this.relayLastfm = false;
      this.message.set('Last.fm disconnected: nothing more is scrobbled there.');
    });
  }

  protected async importNow(): Promise<void> {
    const id = this.selectedId();
    if (!id) return;
    await this.run(async () => {
      this.syncs.set(await firstValueFrom(this.api.ingest(id, this.since || undefined)));
      this.message.set('Import started.');
    });
  }

  protected async importFile(input: HTMLInputElement): Promise<void> {
    const id = this.selectedId();
    const file = input.files?.[0];
    if (!id || !file) return;
    await this.run(async () => {
      const result = await firstValueFrom(this.api.importFile(id, file));
      input.value = '';
      const kind = result.format === 'spotify-extended-history' ? 'Spotify history' : 'ListenBrainz export';
      this.message.set(`${kind}: ${result.listens} listens read, ${result.skipped} entries left out.`);
      this.listens.set(await firstValueFrom(this.api.recent(id)));
    });
  }

  protected async refreshSyncs(): Promise<void> {
    const id = this.selectedId();
    if (id) await this.run(async () => this.syncs.set(await firstValueFrom(this.api.syncs(id))));
  }

  private async load(): Promise<void> {
    await this.run(async () => {
      const listeners = await firstValueFrom(this.api.listeners());
      this.listeners.set(listeners);
      if (listeners[0] && !this.selectedId()) await this.select(listeners[0].id);
    });
  }

  private replace(listener: ListenerDto): void {
    this.listeners.update((list) => list.map((l) => (l.id === listener.id ? listener : l)));
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      await work();
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.busy.set(false);
    }
  }
}

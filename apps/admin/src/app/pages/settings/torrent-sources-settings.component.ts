import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import {
  type TorrentClient,
  type TorrentIndexer,
  type TorrentSourceKind,
  type TorrentTestResult,
  TorrentsApiService,
} from '../../api/torrents-api.service';
import { ProblemComponent } from '../../ui/problem.component';
import { type SettingFieldView, SettingFieldComponent } from '../../ui/setting-field.component';
import { checkRequired } from '../../ui/required-fields';

interface FieldView extends SettingFieldView {
  /** Sent as a number (or null when left empty). */
  numeric?: boolean;
  /** Sent as a list of numbers, typed comma-separated. */
  list?: boolean;
}

const FIELDS: Record<TorrentSourceKind, FieldView[]> = {
  indexers: [
    { name: 'name', label: 'Name', required: true, placeholder: 'Jackett' },
    {
      name: 'url',
      label: 'Torznab URL',
      required: true,
      placeholder: 'http://jackett:9117/api/v2.0/indexers/all/results/torznab/',
    },
    { name: 'apiKey', label: 'API key', required: true, secret: true },
    { name: 'categories', label: 'Categories', list: true, placeholder: '3000' },
    { name: 'priority', label: 'Priority', numeric: true, placeholder: '25' },
  ],
  clients: [
    { name: 'url', label: 'URL', required: true, placeholder: 'http://qbittorrent:8080' },
    { name: 'username', label: 'User name' },
    { name: 'password', label: 'Password', secret: true },
    { name: 'category', label: 'Category or label', placeholder: 'truetrack' },
    { name: 'seedRatio', label: 'Seed until ratio', numeric: true },
    { name: 'seedMinutes', label: 'Seed for minutes', numeric: true },
  ],
};

interface Editing {
  kind: TorrentSourceKind;
  id?: string;
}

/** Torznab indexers and download clients: add, edit, test, delete; the forms check themselves on submit. */
@Component({
  selector: 'adm-torrent-sources-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent, SettingFieldComponent],
  template: `
    <section class="card" aria-labelledby="torrents-title">
      <h2 id="torrents-title">Torrent sources</h2>
      <p class="responsibility">
        What is downloaded is your responsibility: TrueTrack only searches the indexers you add and hands releases to
        your client; make sure you have the right to download and share what you ask for.
      </p>
      <adm-problem [problem]="problem()" />
      <h3>Indexers</h3>
      <ul class="list" aria-label="Indexers">
        @for (i of indexers(); track i.id) {
          <li>
            <span
              ><strong>{{ i.name }}</strong> <span class="mono small">{{ i.url }}</span>
              {{ i.enabled ? '' : '(off)' }}</span
            >
            <span class="actions">
              <button class="btn small" type="button" (click)="edit('indexers', i)">Edit</button>
              <button class="btn small" type="button" (click)="test('indexers', i.id)">Test</button>
              <button class="btn small" type="button" (click)="remove('indexers', i.id)">Delete</button>
            </span>
            @if (results()[i.id]; as r) {
              <div class="small" role="status" [class.bad]="!r.ok">{{ r.ok ? '✓' : '✗' }} {{ r.message }}</div>
            }
          </li>
        } @empty {
          <li class="muted">No indexer: torrent sources are off.</li>
        }
      </ul>
      <button class="btn" type="button" (click)="edit('indexers')">Add an indexer</button>
      <h3>Download clients</h3>
      <ul class="list" aria-label="Download clients">
        @for (c of clients(); track c.id) {
          <li>
            <span
              ><strong>{{ c.kind === 'qbittorrent' ? 'qBittorrent' : 'Transmission' }}</strong>
              <span class="mono small">{{ c.url }}</span> {{ c.enabled ? '' : '(off)' }}</span
            >
            <span class="actions">
              <button class="btn small" type="button" (click)="edit('clients', c)">Edit</button>
              <button class="btn small" type="button" (click)="test('clients', c.id)">Test</button>
              <button class="btn small" type="button" (click)="remove('clients', c.id)">Delete</button>
            </span>
            @if (results()[c.id]; as r) {
              <div class="small" role="status" [class.bad]="!r.ok">{{ r.ok ? '✓' : '✗' }} {{ r.message }}</div>
            }
          </li>
        } @empty {
          <li class="muted">No download client.</li>
        }
      </ul>
      <button class="btn" type="button" (click)="edit('clients')">Add a download client</button>

      @if (editing(); as e) {
        <form class="form" (ngSubmit)="save()" [attr.aria-label]="formLabel()">
          @if (e.kind === 'clients') {
            <div class="field">
              <label for="torrent-kind">Client</label>
              <select id="torrent-kind" name="kind" [ngModel]="value('kind')" (ngModelChange)="set('kind', $event)">
                <option value="qbittorrent">qBittorrent</option>
                <option value="transmission">Transmission</option>
              </select>
            </div>
          }
          @for (f of fields(); track f.name) {
            <adm-setting-field
              idPrefix="torrent"
              [field]="f"
              [value]="value(f.name)"
              (valueChange)="set(f.name, $event)"
              [error]="formProblem()?.fields?.[f.name]"
            />
          }
          <label class="check"
            ><input type="checkbox" name="enabled" [ngModel]="enabled()" (ngModelChange)="enabled.set($event)" />
            On</label
          >
          <adm-problem [problem]="formProblem()" title="Not saved." />
          <div class="row">
            <button class="btn primary" type="submit">Save</button>
            <button class="btn" type="button" (click)="editing.set(undefined)">Cancel</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .list {
      list-style: none;
      padding: 0;
    }
    .list li {
      padding: 6px 0;
      border-bottom: 1px solid var(--adm-border);
    }
    .list .mono {
      margin-left: 0.5em;
    }
    .actions {
      margin-left: 12px;
    }
    .bad {
      color: var(--adm-danger);
    }
    .form {
      border-top: 1px solid var(--adm-border);
      padding-top: 12px;
      margin-top: 12px;
    }
  `,
})
export class TorrentSourcesSettingsComponent {
  private readonly api = inject(TorrentsApiService);
  protected readonly indexers = signal<readonly TorrentIndexer[]>([]);
  protected readonly clients = signal<readonly TorrentClient[]>([]);
  protected readonly results = signal<Readonly<Record<string, TorrentTestResult>>>({});
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly editing = signal<Editing | undefined>(undefined);
  protected readonly form = signal<Readonly<Record<string, string>>>({});
  protected readonly enabled = signal(true);
  protected readonly formProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly fields = computed(() => FIELDS[this.editing()?.kind ?? 'indexers']);
  protected readonly formLabel = computed(() => {
    const e = this.editing();
    const what = e?.kind === 'clients' ? 'download client' : 'indexer';
    return e?.id ? `Edit the ${what}` : `Add a ${what}`;
  });

  constructor() {
    void this.load();
  }

  protected value(name: string): string {
    return this.form()[name] ?? '';
  }

  protected set(name: string, value: string): void {
    this.form.update((form) => ({ ...form, [name]: value }));
  }

  protected edit(kind: TorrentSourceKind, existing?: TorrentIndexer | TorrentClient): void {
    const values: Record<string, string> = kind === 'clients' ? { kind: 'qbittorrent' } : {};
    for (const [key, value] of Object.entries(existing ?? {}))
      if (value !== null && key !== 'id' && key !== 'enabled')
        values[key] = Array.isArray(value) ? value.join(', ') : String(value);
    this.form.set(values);
    this.enabled.set(existing?.enabled ?? true);
    this.formProblem.set(undefined);
    this.editing.set({ kind, ...(existing && { id: existing.id }) });
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    const fields = FIELDS[editing.kind];
    const missing = checkRequired(
      fields
        .filter((f) => f.required)
        .map((f) => ({ field: f.name, value: this.value(f.name), label: f.label, inputId: `torrent-${f.name}` })),
    );
    if (missing) return void this.formProblem.set(missing);
    const body: Record<string, unknown> = { enabled: this.enabled() };
    if (editing.kind === 'clients') body['kind'] = this.value('kind');
    for (const f of fields) {
      const text = this.value(f.name).trim();
      if (f.list) body[f.name] = text ? text.split(',').map((part) => Number(part.trim())) : undefined;
      else if (f.numeric) body[f.name] = text ? Number(text) : null;
      else if (text || f.required) body[f.name] = text;
    }
    try {
      await firstValueFrom(this.api.save(editing.kind, body, editing.id));
      this.editing.set(undefined);
      await this.load();
    } catch (err) {
      this.formProblem.set(toProblem(err));
    }
  }

  protected async test(kind: TorrentSourceKind, id: string): Promise<void> {
    let result: TorrentTestResult;
    try {
      result = await firstValueFrom(this.api.test(kind, id));
    } catch (err) {
      result = { ok: false, message: toProblem(err).message };
    }
    this.results.update((all) => ({ ...all, [id]: result }));
  }

  protected async remove(kind: TorrentSourceKind, id: string): Promise<void> {
    try {
      await firstValueFrom(this.api.remove(kind, id));
      await this.load();
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }

  private async load(): Promise<void> {
    try {
      const [indexers, clients] = await Promise.all([
        firstValueFrom(this.api.indexers()),
        firstValueFrom(this.api.clients()),
      ]);
      this.indexers.set(indexers);
      this.clients.set(clients);
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }
}

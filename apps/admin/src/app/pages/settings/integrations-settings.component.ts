import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { IntegrationDto, IntegrationTestDto, WebhookDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, isNotAvailable, toProblem } from '../../api/api-problem';
import { IntegrationsApiService } from '../../api/integrations-api.service';
import { ProblemComponent } from '../../ui/problem.component';
import { IntegrationFormComponent } from './integration-form.component';
import { kindView } from './integration-kinds';

/** A list body as the server sends it: a bare array or a page of records. */
function records<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  const list = (body as { records?: unknown } | null)?.records;
  return Array.isArray(list) ? (list as T[]) : [];
}

/** Media servers and notifications (with Test) and the URLs other programs call. */
@Component({
  selector: 'adm-integrations-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemComponent, IntegrationFormComponent],
  template: `
    <section class="card" aria-labelledby="integrations-title">
      <div class="row">
        <h2 id="integrations-title" class="spacer">Media servers and notifications</h2>
        @if (!unavailable() && editing() === undefined) {
          <button class="btn small" type="button" (click)="editing.set('new')">Add…</button>
        }
      </div>
      @if (editing() === 'new') {
        <adm-integration-form (closed)="saved($event)" />
      }
      @if (unavailable()) {
        <p class="muted">Not available in this version.</p>
      } @else {
        <adm-problem [problem]="problem()" />
        @for (i of integrations(); track i.id) {
          <div class="row item">
            <strong>{{ i.name }}</strong>
            <span class="muted small">{{ kindLabel(i.kind) }}</span>
            <span class="badge" [attr.data-status]="i.enabled ? 'ok' : ''">{{ i.enabled ? 'On' : 'Off' }}</span>
            <span class="spacer"></span>
            <button class="btn small" type="button" (click)="test(i)" [attr.aria-label]="'Test ' + i.name">Test</button>
            <button class="btn small" type="button" (click)="editing.set(i.id)" [attr.aria-label]="'Edit ' + i.name">
              Edit
            </button>
            <button class="btn small danger" type="button" (click)="remove(i)" [attr.aria-label]="'Remove ' + i.name">
              Remove
            </button>
          </div>
          @if (editing() === i.id) {
            <adm-integration-form [existing]="i" (closed)="saved($event)" />
          }
          @if (results()[i.id]; as r) {
            <p class="small" role="status">{{ r.ok ? '✓' : '✗' }} {{ r.message }}</p>
          }
        } @empty {
          <p class="muted">None set up yet.</p>
        }
      }
    </section>
    <section class="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks in</h2>
      @if (webhooksUnavailable()) {
        <p class="muted">Not available in this version.</p>
      } @else {
        <p class="muted">Give these to the other program. It sends the secret as the X-Webhook-Secret header.</p>
        @for (w of webhooks(); track w.source) {
          <div class="field">
            <label [for]="'webhook-' + $index">{{ w.source }} {{ w.enabled ? '' : '(off)' }}</label>
            <div class="row">
              <input [id]="'webhook-' + $index" class="mono grow" readonly [value]="urlOf(w)" />
              <button
                class="btn small"
                type="button"
                (click)="copy(urlOf(w))"
                [attr.aria-label]="'Copy ' + w.source + ' URL'"
              >
                Copy
              </button>
            </div>
            <span class="hint"
              >Secret: <code class="mono">{{ w.secret }}</code></span
            >
          </div>
        } @empty {
          <p class="muted">No inbound webhooks.</p>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: grid;
      gap: 16px;
    }
    .item {
      padding: 6px 0;
      border-bottom: 1px solid var(--adm-border);
    }
    .grow {
      flex: 1;
    }
  `,
})
export class IntegrationsSettingsComponent {
  private readonly api = inject(IntegrationsApiService);
  protected readonly integrations = signal<readonly IntegrationDto[]>([]);
  protected readonly webhooks = signal<readonly WebhookDto[]>([]);
  protected readonly results = signal<Readonly<Record<string, IntegrationTestDto>>>({});
  protected readonly unavailable = signal(false);
  protected readonly webhooksUnavailable = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  /** `new`, the id being edited, or nothing. */
  protected readonly editing = signal<string | undefined>(undefined);

  constructor() {
    void this.load();
  }

  protected async test(integration: IntegrationDto): Promise<void> {
    let result: IntegrationTestDto;
    try {
      result = await firstValueFrom(this.api.test(integration.id));
    } catch (err) {
      result = { ok: false, message: toProblem(err).message };
    }
    this.results.update((all) => ({ ...all, [integration.id]: result }));
  }

  protected kindLabel(kind: IntegrationDto['kind']): string {
    return kindView(kind).label;
  }

  protected saved(integration: IntegrationDto | undefined): void {
    this.editing.set(undefined);
    if (!integration) return;
    this.integrations.update((all) =>
      all.some((i) => i.id === integration.id)
        ? all.map((i) => (i.id === integration.id ? integration : i))
        : [...all, integration],
    );
  }

  protected async remove(integration: IntegrationDto): Promise<void> {
    if (!confirm(`Remove ${integration.name}? TrueTrack will stop telling it about new tracks.`)) return;
    this.problem.set(undefined);
    try {
      await firstValueFrom(this.api.remove(integration.id));
      this.integrations.update((all) => all.filter((i) => i.id !== integration.id));
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }

  protected urlOf(webhook: WebhookDto): string {
    return new URL(webhook.path.replace(/^\/*/, '/'), location.origin).href;
  }

  protected copy(text: string): void {
    void navigator.clipboard?.writeText(text);
  }

  private async load(): Promise<void> {
    try {
      this.integrations.set(records<IntegrationDto>(await firstValueFrom(this.api.list())));
    } catch (err) {
      const problem = toProblem(err);
      if (isNotAvailable(problem)) this.unavailable.set(true);
      else this.problem.set(problem);
    }
    try {
      this.webhooks.set(records<WebhookDto>(await firstValueFrom(this.api.webhooks())));
    } catch {
      this.webhooksUnavailable.set(true);
    }
  }
}

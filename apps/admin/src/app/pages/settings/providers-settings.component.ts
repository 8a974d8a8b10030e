import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { ProviderDto, ProviderTestDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { ProvidersApiService } from '../../api/providers-api.service';
import { ProblemComponent } from '../../ui/problem.component';

/** The providers TrueTrack asks, each with a Test button that makes one real request. */
@Component({
  selector: 'adm-providers-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemComponent],
  template: `
    <section class="card" aria-labelledby="providers-title">
      <h2 id="providers-title">Providers</h2>
      <p class="muted">Base URLs and keys come from the server's configuration; Test tries each one now.</p>
      <adm-problem [problem]="problem()" />
      <div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th>Provider</th>
              <th>Used for</th>
              <th>Base URL</th>
              <th>State</th>
              <th><span class="visually-hidden">Test</span></th>
            </tr>
          </thead>
          <tbody>
            @for (p of providers(); track p.id) {
              <tr>
                <td>{{ p.displayName }}</td>
                <td class="small">{{ p.capabilities.join(', ') }}</td>
                <td class="mono">{{ p.baseUrl }}</td>
                <td>
                  <span class="badge" [attr.data-status]="p.enabled ? 'ok' : ''">{{ p.enabled ? 'On' : 'Off' }}</span>
                </td>
                <td>
                  <button
                    class="btn small"
                    type="button"
                    (click)="test(p)"
                    [disabled]="testing() === p.id"
                    [attr.aria-label]="'Test ' + p.displayName"
                  >
                    {{ testing() === p.id ? 'Testing…' : 'Test' }}
                  </button>
                  @if (results()[p.id]; as r) {
                    <div class="small" role="status" [class.bad]="!r.ok">{{ r.ok ? '✓' : '✗' }} {{ r.message }}</div>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styles: `
    .bad {
      color: var(--adm-danger);
    }
  `,
})
export class ProvidersSettingsComponent {
  private readonly api = inject(ProvidersApiService);
  protected readonly providers = signal<readonly ProviderDto[]>([]);
  protected readonly results = signal<Readonly<Record<string, ProviderTestDto>>>({});
  protected readonly testing = signal<string | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);

  constructor() {
    void this.load();
  }

  protected async test(provider: ProviderDto): Promise<void> {
    this.testing.set(provider.id);
    try {
      const result = await firstValueFrom(this.api.test(provider.id));
      this.results.update((all) => ({ ...all, [provider.id]: result }));
    } catch (err) {
      const message = toProblem(err).message;
      this.results.update((all) => ({ ...all, [provider.id]: { id: provider.id, ok: false, message, latencyMs: 0 } }));
    } finally {
      this.testing.set(undefined);
    }
  }

  private async load(): Promise<void> {
    try {
      this.providers.set(await firstValueFrom(this.api.list()));
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }
}

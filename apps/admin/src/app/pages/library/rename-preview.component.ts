import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { RenamePreviewDto, RenameResultDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { LibraryApiService } from '../../api/library-api.service';
import { ProblemComponent } from '../../ui/problem.component';

/** What the naming templates would change in the library, and applying it. */
@Component({
  selector: 'adm-rename-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProblemComponent],
  template: `
    <section class="card box" aria-labelledby="rename-title">
      <h2 id="rename-title">Rename files to the naming templates</h2>
      <adm-problem [problem]="problem()" title="Renaming failed." />
      @if (preview(); as p) {
        @if (p.changes.length === 0) {
          <p class="muted">All {{ p.checked }} files already follow the templates.</p>
        } @else {
          <p>{{ p.changes.length }} of {{ p.checked }} files would move.</p>
          <div class="table-wrap">
            <table class="data small">
              <thead>
                <tr>
                  <th>From</th>
                  <th>To</th>
                </tr>
              </thead>
              <tbody>
                @for (c of p.changes; track c.trackId) {
                  <tr>
                    <td class="mono">{{ c.from }}</td>
                    <td class="mono">
                      {{ c.to }}
                      @if (c.conflict) {
                        <div class="conflict">{{ c.conflict }}</div>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <p>
            <button class="btn primary" type="button" (click)="apply()" [disabled]="busy()">
              Rename {{ p.changes.length }} files
            </button>
          </p>
        }
      } @else if (!problem()) {
        <p class="muted">Checking…</p>
      }
      @if (result(); as r) {
        <p class="notice" role="status">
          Renamed {{ r.renamed.length }} files{{
            r.skipped.length ? ', left ' + r.skipped.length + ' as they were' : ''
          }}.
        </p>
      }
    </section>
  `,
  styles: `
    .box {
      margin-bottom: 16px;
    }
    h2 {
      margin-top: 0;
    }
    .conflict {
      color: var(--adm-danger);
    }
  `,
})
export class RenamePreviewComponent {
  private readonly api = inject(LibraryApiService);
  protected readonly preview = signal<RenamePreviewDto | undefined>(undefined);
  protected readonly result = signal<RenameResultDto | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected async apply(): Promise<void> {
    this.busy.set(true);
    try {
      this.result.set(await firstValueFrom(this.api.rename()));
      await this.load();
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.preview.set(await firstValueFrom(this.api.renamePreview()));
      this.problem.set(undefined);
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }
}

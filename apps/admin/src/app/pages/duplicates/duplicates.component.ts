import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { DuplicateAction, DuplicatesDto, DuplicateTrackDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { WatchApiService } from '../../api/watch-api.service';
import { ProblemComponent } from '../../ui/problem.component';

const REASONS: Record<string, string> = {
  'same-bytes': 'Same bytes',
  'same-recording': 'Same recording',
  'similar-fingerprint': 'Same audio',
};

/**
 * Tracks that are one another's duplicates: the reason, the proposed keeper and why, and keep / archive / delete
 * for each file. Archive and delete move the file into the archive folder; every action can be undone below.
 */
@Component({
  selector: 'adm-duplicates',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ProblemComponent],
  template: `
    <h1>Duplicates</h1>
    <adm-problem [problem]="problem()" />
    @if (message()) {
      <p class="notice" role="status">{{ message() }}</p>
    }
    @if (data(); as d) {
      @for (group of d.groups; track group.key) {
        <section class="card group" [attr.aria-label]="reasonOf(group.reason) + ': ' + titleOf(group.tracks)">
          <div class="row">
            <span class="badge" data-status="warning">{{ reasonOf(group.reason) }}</span>
            <strong class="grow">{{ titleOf(group.tracks) }}</strong>
            <button class="btn small" type="button" (click)="act('keep', group.key)">Keep all</button>
          </div>
          <p class="small muted">{{ group.explanation }}. Keeper: {{ group.keeperReason }}.</p>
          <table class="small">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Format</th>
                <th scope="col">Bitrate</th>
                <th scope="col">Size</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              @for (t of group.tracks; track t.id) {
                <tr [class.keeper]="t.id === group.keeperId">
                  <td class="mono">
                    {{ t.path }}
                    @if (t.id === group.keeperId) {
                      <span class="badge" data-status="ok">Proposed keeper</span>
                    }
                  </td>
                  <td>{{ t.codec ?? t.format }}</td>
                  <td>{{ t.bitrate ? (t.bitrate / 1000).toFixed(0) + ' kb/s' : '—' }}</td>
                  <td>{{ (t.size / 1024).toFixed(0) }} KB</td>
                  <td class="actions">
                    @if (t.id !== group.keeperId) {
                      <button class="btn small" type="button" (click)="act('archive', group.key, t)">
                        Archive<span class="visually-hidden"> {{ t.path }}</span>
                      </button>
                      <button class="btn small danger" type="button" (click)="act('delete', group.key, t)">
                        Delete<span class="visually-hidden"> {{ t.path }}</span>
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </section>
      } @empty {
        <p class="muted">No duplicates in the library.</p>
      }
      @if (d.actions.length) {
        <section class="card" aria-labelledby="actions-title">
          <h2 id="actions-title">Recent actions</h2>
          <ul class="plain small">
            @for (a of d.actions; track a.id) {
              <li class="row">
                <span class="grow">
                  {{ a.at | date: 'short' }} · {{ a.action }}
                  @if (a.from) {
                    <span class="mono">{{ a.from }}</span> → <span class="mono">{{ a.to }}</span>
                  } @else {
                    group {{ a.groupKey }}
                  }
                  @if (a.undone) {
                    · undone
                  }
                </span>
                @if (!a.undone) {
                  <button class="btn small" type="button" (click)="undo(a.id)">
                    Undo<span class="visually-hidden"> {{ a.action }} {{ a.from ?? a.groupKey }}</span>
                  </button>
                }
              </li>
            }
          </ul>
        </section>
      }
    } @else {
      <p class="muted">Looking for duplicates…</p>
    }
  `,
  styles: `
    .group table {
      width: 100%;
    }
    tr.keeper td {
      font-weight: 600;
    }
    td.actions {
      white-space: nowrap;
      text-align: right;
    }
  `,
})
export class DuplicatesComponent {
  private readonly api = inject(WatchApiService);
  protected readonly data = signal<DuplicatesDto | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly message = signal<string | undefined>(undefined);
  private busy = false;

  constructor() {
    void this.load();
  }

  protected reasonOf(reason: string): string {
    return REASONS[reason] ?? reason;
  }

  protected titleOf(tracks: DuplicateTrackDto[]): string {
    const named = tracks.find((t) => t.title);
    if (!named) return tracks[0]?.path ?? '';
    return named.artist ? `${named.artist} – ${named.title}` : (named.title ?? '');
  }

  protected async act(action: DuplicateAction, groupKey: string, track?: DuplicateTrackDto): Promise<void> {
    await this.run(async () => {
      const done = await firstValueFrom(this.api.act(action, groupKey, track?.id));
      this.message.set(
        action === 'keep'
          ? 'Kept: the group is hidden until you undo it.'
          : `${action === 'archive' ? 'Archived' : 'Deleted'}: ${done.from} is now ${done.to}.`,
      );
    });
  }

  protected async undo(id: string): Promise<void> {
    await this.run(async () => {
      const undone = await firstValueFrom(this.api.undo(id));
      this.message.set(undone.from ? `Undone: ${undone.from} is back.` : 'Undone: the group is shown again.');
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem.set(undefined);
    try {
      await work();
      await this.load();
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.busy = false;
    }
  }

  private async load(): Promise<void> {
    try {
      this.data.set(await firstValueFrom(this.api.duplicates()));
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }
}

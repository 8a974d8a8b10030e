import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { WatchStatusDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, isNotAvailable, toProblem } from '../../api/api-problem';
import { WatchApiService } from '../../api/watch-api.service';
import { ProblemComponent } from '../../ui/problem.component';

/** Each watch folder's watcher (events or polling, and why), files not imported, tracks gone missing. */
@Component({
  selector: 'adm-watch-folders',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ProblemComponent],
  template: `
    <section class="card" aria-labelledby="watch-title">
      <div class="row">
        <h2 id="watch-title" class="grow">Watch folders</h2>
        @if (status()?.enabled) {
          <button class="btn small" type="button" (click)="rescan()" [attr.aria-busy]="rescanning()">
            {{ rescanning() ? 'Rescanning…' : 'Rescan now' }}
          </button>
        }
      </div>
      <adm-problem [problem]="problem()" />
      @if (unavailable()) {
        <p class="muted">Watch folders are not shown by this version.</p>
      } @else if (status(); as s) {
        @if (!s.enabled) {
          <p class="muted">Off (TRUETRACK_WATCH=false): only scans and imports on request.</p>
        }
        <ul class="plain small">
          @for (w of s.watchers; track w.folder) {
            <li class="watcher">
              <div class="row">
                <span class="badge" [attr.data-status]="w.mode === 'events' ? 'ok' : 'warning'">{{
                  w.mode === 'events' ? 'Events' : 'Polling'
                }}</span>
                <strong class="grow mono">{{ w.folder }}</strong>
                <span class="muted">{{ w.role }} · {{ w.status }} · {{ w.filesSeen }} files</span>
              </div>
              @if (w.problem) {
                <p class="notice small">{{ w.problem }}</p>
              }
            </li>
          }
        </ul>
        <p class="small">
          Settle time {{ s.settleMs }} ms · polling {{ s.polling }} · renaming {{ s.rename }} · imported
          {{ s.importFiles['queued'] ?? 0 }} · missing tracks {{ s.missingTracks }}
          @if (s.lastRescanAt) {
            · last rescan {{ s.lastRescanAt | date: 'short' }}
          }
        </p>
        @if (s.rejected.length) {
          <h3>Not imported</h3>
          <ul class="plain small">
            @for (r of s.rejected; track r.path) {
              <li>
                <span class="mono">{{ r.path }}</span> — {{ r.reason }}
              </li>
            }
          </ul>
        }
        @if (message()) {
          <p class="notice small" role="status">{{ message() }}</p>
        }
      } @else {
        <p class="muted">Checking…</p>
      }
    </section>
  `,
})
export class WatchFoldersComponent {
  private readonly api = inject(WatchApiService);
  protected readonly status = signal<WatchStatusDto | undefined>(undefined);
  protected readonly unavailable = signal(false);
  protected readonly rescanning = signal(false);
  protected readonly message = signal<string | undefined>(undefined);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);

  constructor() {
    void this.load();
  }

  protected async rescan(): Promise<void> {
    if (this.rescanning()) return;
    this.rescanning.set(true);
    this.problem.set(undefined);
    try {
      const found = await firstValueFrom(this.api.rescan());
      this.message.set(
        `Rescan: ${found.importJobsCreated} new import jobs, ${found.libraryFilesIndexed} files indexed, ` +
          `${found.libraryTracksMoved} moved, ${found.libraryTracksMissing} missing, ${found.libraryTracksRemoved} removed`,
      );
      await this.load();
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.rescanning.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.status.set(await firstValueFrom(this.api.status()));
    } catch (err) {
      const problem = toProblem(err);
      if (isNotAvailable(problem)) this.unavailable.set(true);
      else this.problem.set(problem);
    }
  }
}

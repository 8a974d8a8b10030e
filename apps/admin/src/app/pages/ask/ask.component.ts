import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import {
  type JobDto,
  JobState,
  JobStreamEvent,
  type SearchHistoryEntryDto,
  type SearchPreferences,
  type SearchResponseDto,
  type SearchResultDto,
} from '@app/contracts';

import { toProblem } from '../../api/api-problem';
import { SearchApiService } from '../../api/search-api.service';
import { JobEventsService } from '../../live/job-events.service';
import { PlayerService } from '../../player/player.service';
import { JobProgressComponent } from '../../ui/job-progress.component';

/** Ask like a person: a request in plain words, short questions when they matter, results that say why. */
@Component({
  selector: 'adm-ask',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, JobProgressComponent],
  templateUrl: './ask.component.html',
  styleUrl: './ask.component.scss',
})
export class AskComponent {
  private readonly api = inject(SearchApiService);
  private readonly player = inject(PlayerService);

  protected readonly query = signal('');
  protected readonly answer = signal<SearchResponseDto | undefined>(undefined);
  protected readonly choices = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly problem = signal('');
  protected readonly picked = signal<JobDto | undefined>(undefined);
  protected readonly history = signal<SearchHistoryEntryDto[]>([]);
  protected readonly preferences = signal<SearchPreferences>({});
  protected readonly pickedTrackId = computed(() => {
    const job = this.picked();
    const id = job?.state === JobState.Finalized ? job.result?.['trackId'] : undefined;
    return typeof id === 'string' ? id : undefined;
  });

  constructor() {
    this.loadSide();
    inject(JobEventsService)
      .messages.pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((message) => {
        const job = this.picked();
        if (!job) return;
        if (message.type === JobStreamEvent.Updated && message.job.id === job.id) this.picked.set(message.job);
        if (message.type === JobStreamEvent.Progress && message.jobId === job.id)
          this.picked.set({ ...job, progress: message.progress });
      });
  }

  protected ask(event?: Event): void {
    event?.preventDefault();
    const query = this.query().trim();
    if (!query) return this.problem.set('Type what you would like, e.g. "the acoustic version of numb, in flac"');
    this.choices.set({});
    this.send({ query });
  }

  protected choose(questionId: string, optionId: string): void {
    this.choices.update((c) => ({ ...c, [questionId]: optionId }));
  }

  protected answerQuestions(event: Event): void {
    event.preventDefault();
    const answer = this.answer();
    if (!answer) return;
    const missing = answer.questions.filter((q) => !this.choices()[q.id]);
    if (missing.length) return this.problem.set(`Choose an answer for: ${missing.map((q) => q.prompt).join(' ')}`);
    this.send({ query: answer.query, answers: this.choices(), remember: true });
  }

  protected skip(): void {
    const answer = this.answer();
    if (answer) this.send({ query: answer.query, skip: true });
  }

  protected again(entry: SearchHistoryEntryDto): void {
    this.query.set(entry.query);
    this.ask();
  }

  protected pick(result: SearchResultDto): void {
    const answer = this.answer();
    if (!answer) return;
    this.api.pick(answer.searchId, result.id).subscribe({
      next: (job) => this.picked.set(job),
      error: (error: unknown) => this.problem.set(toProblem(error).message),
    });
  }

  protected play(result: SearchResultDto): void {
    const trackId = this.pickedTrackId();
    if (!trackId) return;
    this.player.play([{ trackId, title: result.title, artist: result.artists.join(', '), album: result.album }]);
  }

  protected clearHistory(): void {
    this.api.clearHistory().subscribe(() => this.history.set([]));
  }

  protected forget(key: keyof SearchPreferences): void {
    this.api.updatePreferences({ [key]: null }).subscribe((p) => this.preferences.set(p));
  }

  protected setFormat(format: string): void {
    const value = format === '' ? null : (format as SearchPreferences['format']);
    this.api.updatePreferences({ format: value }).subscribe((p) => this.preferences.set(p));
  }

  private send(request: Parameters<SearchApiService['search']>[0]): void {
    this.busy.set(true);
    this.problem.set('');
    this.picked.set(undefined);
    this.api.search(request).subscribe({
      next: (answer) => {
        this.answer.set(answer);
        this.preferences.set(answer.preferences);
        this.busy.set(false);
        this.loadSide();
      },
      error: (error: unknown) => {
        this.problem.set(toProblem(error).message);
        this.busy.set(false);
      },
    });
  }

  private loadSide(): void {
    this.api.history().subscribe({ next: (h) => this.history.set(h), error: () => undefined });
    this.api.preferences().subscribe({ next: (p) => this.preferences.set(p), error: () => undefined });
  }
}

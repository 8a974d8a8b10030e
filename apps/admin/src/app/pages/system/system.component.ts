import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { JobStatus, type ProviderTestDto, type ToolStatusDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, isNotAvailable, toProblem } from '../../api/api-problem';
import { JobsApiService } from '../../api/jobs-api.service';
import { ProvidersApiService } from '../../api/providers-api.service';
import { type BackupEntry, type LogLine, SystemApiService } from '../../api/system-api.service';
import { formatBytes } from '../../ui/format';
import { ProblemComponent } from '../../ui/problem.component';
import { ScheduledTasksComponent } from './scheduled-tasks.component';
import { WatchFoldersComponent } from './watch-folders.component';
import { type ServerFact, serverFacts } from './server-facts';

const STATUSES: { status: JobStatus; label: string }[] = [
  { status: JobStatus.Running, label: 'Running' },
  { status: JobStatus.Waiting, label: 'Waiting for you' },
  { status: JobStatus.Error, label: 'Failed' },
  { status: JobStatus.Success, label: 'Done' },
  { status: JobStatus.Cancelled, label: 'Cancelled' },
];

/** Health: tools, providers, queue numbers, server metrics and logs. */
@Component({
  selector: 'adm-system',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, ProblemComponent, ScheduledTasksComponent, WatchFoldersComponent],
  templateUrl: './system.component.html',
  styleUrl: './system.component.scss',
})
export class SystemComponent {
  private readonly system = inject(SystemApiService);
  private readonly providersApi = inject(ProvidersApiService);
  private readonly jobs = inject(JobsApiService);

  protected readonly tools = signal<readonly ToolStatusDto[]>([]);
  protected readonly toolsProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly updateMessage = signal<string | undefined>(undefined);
  protected readonly updating = signal(false);
  protected readonly health = signal<readonly (ProviderTestDto & { name: string })[]>([]);
  protected readonly checking = signal(false);
  protected readonly healthProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly counts = signal<readonly { label: string; count: number }[]>([]);
  protected readonly metrics = signal<readonly ServerFact[] | 'unavailable' | undefined>(undefined);
  protected readonly backups = signal<readonly BackupEntry[] | 'unavailable'>([]);
  protected readonly backupProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly backingUp = signal(false);
  protected readonly formatBytes = formatBytes;
  protected readonly logs = signal<readonly LogLine[] | 'unavailable'>([]);
  protected readonly logLevel = signal('');
  protected readonly logsProblem = signal<ApiProblem | undefined>(undefined);

  constructor() {
    void this.loadTools();
    void this.checkProviders();
    void this.loadCounts();
    void this.loadMetrics();
    void this.loadLogs();
    void this.loadBackups();
  }

  protected async backUp(): Promise<void> {
    this.backingUp.set(true);
    this.backupProblem.set(undefined);
    try {
      await firstValueFrom(this.system.backUp());
      await this.loadBackups();
    } catch (err) {
      this.backupProblem.set(toProblem(err));
    } finally {
      this.backingUp.set(false);
    }
  }

  private async loadBackups(): Promise<void> {
    try {
      this.backups.set(await firstValueFrom(this.system.backups()));
    } catch (err) {
      const problem = toProblem(err);
      if (isNotAvailable(problem)) this.backups.set('unavailable');
      else this.backupProblem.set(problem);
    }
  }

  protected async updateYtDlp(): Promise<void> {
    this.updating.set(true);
    this.updateMessage.set(undefined);
    try {
      const r = await firstValueFrom(this.system.updateYtDlp());
      this.updateMessage.set(`yt-dlp updated from ${r.previousVersion ?? 'unknown'} to ${r.version}.`);
      await this.loadTools();
    } catch (err) {
      this.updateMessage.set(toProblem(err).message);
    } finally {
      this.updating.set(false);
    }
  }

  protected async checkProviders(): Promise<void> {
    this.checking.set(true);
    this.healthProblem.set(undefined);
    try {
      const providers = (await firstValueFrom(this.providersApi.list())).filter((p) => p.enabled);
      const results = await Promise.all(
        providers.map((p) =>
          firstValueFrom(this.providersApi.test(p.id))
            .catch((err: unknown) => ({ id: p.id, ok: false, message: toProblem(err).message, latencyMs: 0 }))
            .then((result) => ({ ...result, name: p.displayName })),
        ),
      );
      this.health.set(results);
    } catch (err) {
      this.healthProblem.set(toProblem(err));
    } finally {
      this.checking.set(false);
    }
  }

  protected async loadLogs(): Promise<void> {
    if (this.logs() === 'unavailable') return;
    try {
      const level = this.logLevel();
      this.logs.set(await firstValueFrom(this.system.logs({ limit: 200, ...(level && { level }) })));
      this.logsProblem.set(undefined);
    } catch (err) {
      const problem = toProblem(err);
      if (isNotAvailable(problem)) this.logs.set('unavailable');
      else this.logsProblem.set(problem);
    }
  }

  private async loadTools(): Promise<void> {
    try {
      this.tools.set(await firstValueFrom(this.system.tools()));
    } catch (err) {
      this.toolsProblem.set(toProblem(err));
    }
  }

  private async loadCounts(): Promise<void> {
    const counts = await Promise.all(
      STATUSES.map(async ({ status, label }) => {
        try {
          return { label, count: (await firstValueFrom(this.jobs.list({ status, pageSize: 1 }))).totalRecords };
        } catch {
          return { label, count: Number.NaN };
        }
      }),
    );
    this.counts.set(counts);
  }

  private async loadMetrics(): Promise<void> {
    try {
      this.metrics.set(serverFacts(await firstValueFrom(this.system.metrics()), Date.now()));
    } catch {
      this.metrics.set('unavailable');
    }
  }
}

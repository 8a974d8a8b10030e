import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { JobState, type JobProgressDto } from '@app/contracts';

import { formatBytes, formatDuration } from './format';

/** A job's progress bar, with speed and time left while it downloads. */
@Component({
  selector: 'adm-job-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="progress"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="percent()"
      [attr.aria-label]="label()"
    >
      <div class="progress-fill" [style.width.%]="percent()"></div>
    </div>
    @if (facts()) {
      <span class="muted small">{{ facts() }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 120px;
    }
  `,
})
export class JobProgressComponent {
  readonly progress = input.required<JobProgressDto>();
  readonly state = input<string>();
  readonly label = input('Progress');

  protected readonly percent = computed(() => Math.round(Math.min(1, Math.max(0, this.progress().fraction)) * 100));

  protected readonly facts = computed(() => {
    if (this.state() !== JobState.Downloading) return '';
    const detail = this.progress().detail ?? {};
    const speed = detail['speedBps'];
    const eta = detail['etaSeconds'];
    const parts = [];
    if (typeof speed === 'number') parts.push(`${formatBytes(speed)}/s`);
    if (typeof eta === 'number') parts.push(`${formatDuration(eta * 1000)} left`);
    return parts.join(' · ');
  });
}

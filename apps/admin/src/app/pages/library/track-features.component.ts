import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import type { TrackAnalysisDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { AnalysisApiService } from '../../api/analysis-api.service';

/** A track's analysed features: each axis with its label, a meter where it has a scale, and its sentence. */
@Component({
  selector: 'adm-track-features',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 id="features-title">Sound</h3>
    @if (analysis(); as a) {
      <dl class="facts small features" aria-labelledby="features-title">
        @for (axis of a.axes; track axis.name) {
          <dt>{{ axis.name }}</dt>
          <dd>
            <strong>{{ axis.label }}</strong>
            @if (axis.value !== null) {
              <meter min="0" max="1" [value]="axis.value" [attr.aria-label]="axis.name + ' ' + axis.value"></meter>
            }
            <span class="sentence">{{ axis.sentence }}</span>
          </dd>
        }
      </dl>
    } @else {
      <p class="muted small">{{ message() }}</p>
    }
  `,
  styles: `
    .features {
      display: grid;
      grid-template-columns: minmax(90px, 30%) 1fr;
      gap: 4px 8px;
    }
    .sentence {
      display: block;
    }
    meter {
      margin-left: 6px;
      width: 80px;
    }
  `,
})
export class TrackFeaturesComponent {
  private readonly api = inject(AnalysisApiService);
  readonly trackId = input.required<string>();
  protected readonly analysis = signal<TrackAnalysisDto | undefined>(undefined);
  protected readonly message = signal('Loading…');

  constructor() {
    effect(() => void this.load(this.trackId()));
  }

  private async load(id: string): Promise<void> {
    this.analysis.set(undefined);
    this.message.set('Loading…');
    try {
      this.analysis.set(await firstValueFrom(this.api.track(id)));
    } catch (error) {
      const notYet = error instanceof HttpErrorResponse && error.status === 404;
      this.message.set(notYet ? 'Not analysed yet.' : 'The analysis could not be loaded.');
    }
  }
}

import { ChangeDetectionStrategy, Component, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AudioFeatureFilters } from '@app/contracts';

import {
  type AudioFeatureForm,
  type AudioFeatureProblems,
  EMPTY_AUDIO_FEATURE_FORM,
  MUSICAL_KEYS,
  readAudioFeatureForm,
} from './audio-feature-filters';

/** BPM range, key and energy range for the library list; checked when applied, each problem beside its field. */
@Component({
  selector: 'adm-audio-feature-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule],
  template: `
    <form class="row filters" (ngSubmit)="apply()" aria-label="Filter by audio analysis" novalidate>
      <label>
        BPM from
        <input
          name="bpmMin"
          inputmode="decimal"
          size="4"
          [ngModel]="form().bpmMin"
          (ngModelChange)="set('bpmMin', $event)"
          [attr.aria-invalid]="!!problems().bpmMin"
          aria-describedby="audio-filter-problems"
        />
      </label>
      <label>
        to
        <input
          name="bpmMax"
          inputmode="decimal"
          size="4"
          [ngModel]="form().bpmMax"
          (ngModelChange)="set('bpmMax', $event)"
          [attr.aria-invalid]="!!problems().bpmMax"
          aria-describedby="audio-filter-problems"
        />
      </label>
      <label>
        Key
        <input
          name="key"
          list="audio-filter-keys"
          size="8"
          placeholder="Any key"
          autocomplete="off"
          [ngModel]="form().key"
          (ngModelChange)="set('key', $event)"
          [attr.aria-invalid]="!!problems().key"
          aria-describedby="audio-filter-problems"
        />
        <datalist id="audio-filter-keys">
          @for (key of keys; track key) {
            <option [value]="key"></option>
          }
        </datalist>
      </label>
      <label>
        Energy from
        <input
          name="energyMin"
          inputmode="numeric"
          size="3"
          [ngModel]="form().energyMin"
          (ngModelChange)="set('energyMin', $event)"
          [attr.aria-invalid]="!!problems().energyMin"
          aria-describedby="audio-filter-problems"
        />
      </label>
      <label>
        to
        <input
          name="energyMax"
          inputmode="numeric"
          size="3"
          [ngModel]="form().energyMax"
          (ngModelChange)="set('energyMax', $event)"
          [attr.aria-invalid]="!!problems().energyMax"
          aria-describedby="audio-filter-problems"
        />
        %
      </label>
      <button class="btn small" type="submit">Apply</button>
      <button class="btn small" type="button" (click)="clear()">Clear</button>
    </form>
    <ul id="audio-filter-problems" class="problems small" aria-live="polite">
      @for (problem of problemList(); track problem) {
        <li>{{ problem }}</li>
      }
    </ul>
  `,
  styles: `
    .filters {
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .problems {
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
      color: var(--adm-danger);
    }
  `,
})
export class AudioFeatureFiltersComponent {
  /** The filters to apply, after a valid Apply or a Clear. */
  readonly changed = output<AudioFeatureFilters>();
  protected readonly keys = MUSICAL_KEYS;
  protected readonly form = signal<AudioFeatureForm>(EMPTY_AUDIO_FEATURE_FORM);
  protected readonly problems = signal<AudioFeatureProblems>({});
  protected readonly problemList = () => Object.values(this.problems());

  protected set(field: keyof AudioFeatureForm, value: string): void {
    this.form.update((form) => ({ ...form, [field]: value ?? '' }));
  }

  protected apply(): void {
    const read = readAudioFeatureForm(this.form());
    if (read.problems) {
      this.problems.set(read.problems);
      return;
    }
    this.problems.set({});
    this.changed.emit(read.filters);
  }

  protected clear(): void {
    this.form.set(EMPTY_AUDIO_FEATURE_FORM);
    this.problems.set({});
    this.changed.emit({});
  }
}

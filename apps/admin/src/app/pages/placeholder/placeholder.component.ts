import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Stands in for an area that has no page yet. */
@Component({
  selector: 'adm-placeholder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ heading() }}</h1>
    <p class="muted">Not built yet.</p>
  `,
  styles: `
    .muted {
      color: var(--adm-muted);
    }
  `,
})
export class PlaceholderComponent {
  /** Bound from the route's `data.heading`. */
  readonly heading = input.required<string>();
}

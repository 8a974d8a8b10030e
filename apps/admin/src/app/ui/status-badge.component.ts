import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A job status as a coloured pill; the text says it too, colour is never the only cue. */
@Component({
  selector: 'adm-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-status]="status()">{{ label() || status() }}</span>`,
})
export class StatusBadgeComponent {
  readonly status = input.required<string>();
  readonly label = input<string>();
}

import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';

/**
 * One dashboard chart: focusable and named for screen readers, in the page's light or dark theme, with what
 * the page says about it (notes, badges, the tracks behind it) below.
 */
@Component({
  selector: 'adm-chart-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgxEchartsDirective],
  template: `
    <figure class="chart-card">
      <div
        class="chart"
        tabindex="0"
        role="img"
        [attr.aria-label]="label()"
        echarts
        [options]="options()"
        [theme]="theme()"
      ></div>
      <figcaption><ng-content /></figcaption>
    </figure>
  `,
  styles: `
    .chart-card {
      margin: 0;
    }
    .chart {
      width: 100%;
      height: min(70vh, 480px);
      min-height: 300px;
    }
    figcaption:empty {
      display: none;
    }
  `,
})
export class ChartCardComponent {
  readonly options = input.required<EChartsCoreOption>();
  /** What the chart shows, for those who cannot see it. */
  readonly label = input.required<string>();
  readonly dark = input(false);
  protected readonly theme = computed(() => (this.dark() ? 'dark' : ''));
}

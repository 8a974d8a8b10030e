// Only the charts and components the dashboard draws: the rest of echarts stays out of the bundle.
import { LineChart, RadarChart, ScatterChart, ThemeRiverChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  RadarComponent,
  SingleAxisComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  ScatterChart,
  LineChart,
  RadarChart,
  ThemeRiverChart,
  GridComponent,
  LegendComponent,
  RadarComponent,
  SingleAxisComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };

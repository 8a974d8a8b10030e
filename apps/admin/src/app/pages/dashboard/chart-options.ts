import { DASHBOARD_MOODS, type DashboardAxis, type MoodsDto, type RadarDto, type TrajectoryDto } from '@app/contracts';
import type { EChartsCoreOption } from 'echarts/core';

const base = (dark: boolean) => ({
  backgroundColor: 'transparent',
  textStyle: { color: dark ? '#e4e8ed' : '#1b2129' },
  animation: false,
});

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Weeks on the taste map, an arrow from each to the next, coloured by energy; the map's tracks faint behind. */
export function trajectoryOption(t: TrajectoryDto, dark: boolean): EChartsCoreOption {
  const weeks = t.points.filter((p) => p.x !== null && p.y !== null);
  return {
    ...base(dark),
    grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: false },
    xAxis: { type: 'value', show: false, scale: true },
    yAxis: { type: 'value', show: false, scale: true },
    visualMap: {
      seriesIndex: 1,
      dimension: 2,
      min: 0,
      max: 1,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: ['energetic', 'calm'],
      textStyle: { color: dark ? '#e4e8ed' : '#1b2129' },
      inRange: { color: ['#3b82f6', '#f59e0b', '#ef4444'] },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: { seriesIndex: number; dataIndex: number }) => {
        if (p.seriesIndex !== 1) return '';
        const w = weeks[p.dataIndex]!;
        const tracks = w.tracks.map((tr) => `${escape(tr.artist)} – ${escape(tr.title)} (${tr.plays})`).join('<br>');
        return `<b>Week ${w.week}</b> · ${w.listens} listens · energy ${w.energy?.toFixed(2) ?? '–'}<br>${tracks}`;
      },
    },
    series: [
      {
        type: 'scatter',
        symbolSize: 4,
        silent: true,
        itemStyle: { color: dark ? 'rgba(255,255,255,0.15)' : 'rgba(0,0,0,0.12)' },
        data: t.map.map((p) => [p.x, p.y]),
      },
      {
        type: 'line',
        symbol: 'circle',
        symbolSize: 12,
        lineStyle: { width: 2, color: dark ? '#a3adb9' : '#55606e' },
        edgeSymbol: ['none', 'arrow'],
        data: weeks.map((w) => [w.x, w.y, w.energy ?? 0, w.week]),
        label: { show: true, formatter: (p: { value: unknown[] }) => String(p.value[3]).slice(5), position: 'top' },
      },
    ],
  };
}

/** Listens per mood, week by week, as a stream graph. */
export function moodsOption(m: MoodsDto, dark: boolean): EChartsCoreOption {
  return {
    ...base(dark),
    tooltip: { trigger: 'axis', confine: true },
    legend: { data: [...DASHBOARD_MOODS], textStyle: { color: dark ? '#e4e8ed' : '#1b2129' } },
    singleAxis: { type: 'category', data: m.weeks.map((w) => w.week), bottom: 30, top: 40 },
    series: [
      {
        type: 'themeRiver',
        data: m.weeks.flatMap((w) => DASHBOARD_MOODS.map((mood) => [w.week, w.moods[mood], mood])),
        label: { show: false },
      },
    ],
  };
}

/** The week (and a second week) against the 6-month baseline. */
export function radarOption(r: RadarDto, dark: boolean): EChartsCoreOption {
  const series = [
    { name: 'baseline (6 months)', value: r.axes.map((a) => a.baseline) },
    { name: `week ${r.week}`, value: r.axes.map((a) => a.week) },
    ...(r.compare ? [{ name: `week ${r.compare}`, value: r.axes.map((a) => a.compare ?? 0) }] : []),
  ];
  return {
    ...base(dark),
    tooltip: { trigger: 'item', confine: true },
    legend: { bottom: 0, textStyle: { color: dark ? '#e4e8ed' : '#1b2129' } },
    radar: {
      indicator: r.axes.map((a) => ({ name: a.label, max: 1 })),
      radius: '62%',
      axisName: { color: dark ? '#e4e8ed' : '#1b2129' },
    },
    series: [{ type: 'radar', data: series, areaStyle: { opacity: 0.15 } }],
  };
}

export const AXIS_ORDER: DashboardAxis[] = ['energy', 'danceability', 'brightness', 'acousticness', 'valence', 'tempo'];

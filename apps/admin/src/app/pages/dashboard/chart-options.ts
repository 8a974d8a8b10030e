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

/** Charts narrower than this (phones held upright) get the compact layout. */
export const NARROW_PX = 520;

/**
 * An axis name broken into lines of about `width` characters at spaces, at most `lines` of them (the last one
 * ellipsed): a person's own label may be 40 characters, far wider than the room beside a radar on a phone.
 */
export function wrapLabel(name: string, width: number, lines = 2): string {
  const rows: string[] = [];
  for (const word of name.trim().split(/\s+/)) {
    const last = rows.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) rows[rows.length - 1] = `${last} ${word}`;
    else rows.push(word);
  }
  if (rows.length <= lines) return rows.join('\n');
  const kept = rows.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, width - 1)}…`;
  return kept.join('\n');
}

/**
 * The week (and a second week) against the 6-month baseline. On a narrow chart the radar shrinks, the legend
 * goes to the top (clear of a phone's bottom bar) and the axis names wrap in a smaller type, so none is cut.
 */
export function radarOption(r: RadarDto, dark: boolean): EChartsCoreOption {
  const series = [
    { name: 'baseline (6 months)', value: r.axes.map((a) => a.baseline) },
    { name: `week ${r.week}`, value: r.axes.map((a) => a.week) },
    ...(r.compare ? [{ name: `week ${r.compare}`, value: r.axes.map((a) => a.compare ?? 0) }] : []),
  ];
  const color = dark ? '#e4e8ed' : '#1b2129';
  return {
    baseOption: {
      ...base(dark),
      tooltip: { trigger: 'item', confine: true },
      legend: { bottom: 0, textStyle: { color } },
      radar: {
        indicator: r.axes.map((a) => ({ name: a.label, max: 1 })),
        center: ['50%', '50%'],
        radius: '62%',
        axisName: { color, formatter: (name: string) => wrapLabel(name, 18) },
      },
      series: [{ type: 'radar', data: series, areaStyle: { opacity: 0.15 } }],
    },
    media: [
      {
        query: { maxWidth: NARROW_PX },
        option: {
          legend: { top: 0, bottom: 'auto', itemGap: 6, itemWidth: 16, textStyle: { color, fontSize: 11 } },
          radar: {
            center: ['50%', '54%'],
            radius: '56%',
            axisNameGap: 6,
            axisName: { color, fontSize: 11, lineHeight: 13, formatter: (name: string) => wrapLabel(name, 10) },
          },
        },
      },
    ],
  };
}

export const AXIS_ORDER: DashboardAxis[] = ['energy', 'danceability', 'brightness', 'acousticness', 'valence', 'tempo'];

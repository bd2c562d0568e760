// Geometry for the charts drawn at build time: the templates only place these numbers in SVG.
import { formatCalendarDate, pad2 } from '../seeds/dates.ts';

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** What the bar says, for its tooltip. */
  label: string;
}

export interface BarChart {
  width: number;
  height: number;
  bars: Bar[];
  /** One sentence summarising the chart, its text equivalent. */
  summary: string;
}

export interface Sparkline {
  width: number;
  height: number;
  points: string;
  summary: string;
}

export interface MonthCount {
  /** `YYYY-MM`. */
  key: string;
  count: number;
}

const CHART_WIDTH = 640;
const CHART_HEIGHT = 120;
const GAP = 1;

/** Every month from `first` to `last` (`YYYY-MM`), with its count (0 when absent). */
export function monthRange(first: string, last: string, counts: Map<string, number>): MonthCount[] {
  const out: MonthCount[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${pad2(m)}`;
    out.push({ key, count: counts.get(key) ?? 0 });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** "1 article", "12 articles". */
export const articlesLabel = (n: number): string => (n === 1 ? '1 article' : `${n} articles`);
const monthName = (key: string): string => formatCalendarDate(`${key}-01`, 'MMMM yyyy');

/** A bar per month, heights relative to the busiest month. The summary is its text equivalent. */
export function monthTimeline(months: MonthCount[]): BarChart {
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = CHART_WIDTH / Math.max(1, months.length);
  const bars = months.map((m, i) => {
    const height = m.count === 0 ? 0 : Math.max(2, Math.round((m.count / max) * (CHART_HEIGHT - 4)));
    return {
      x: Math.round(i * slot * 100) / 100,
      y: CHART_HEIGHT - height,
      width: Math.max(1, Math.round((slot - GAP) * 100) / 100),
      height,
      label: `${monthName(m.key)}: ${articlesLabel(m.count)}`,
    };
  });
  const busiest = months.reduce<MonthCount | null>((b, m) => (!b || m.count > b.count ? m : b), null);
  const first = months[0];
  const last = months.at(-1);
  const summary =
    first && last && busiest
      ? `Articles per month from ${monthName(first.key)} to ${monthName(last.key)}; the busiest month is ${monthName(busiest.key)} with ${articlesLabel(busiest.count)}.`
      : 'No articles yet.';
  return { width: CHART_WIDTH, height: CHART_HEIGHT, bars, summary };
}

const SPARK_WIDTH = 160;
const SPARK_HEIGHT = 32;

/** A small line of coverage per month. */
export function sparkline(months: MonthCount[], subject: string): Sparkline {
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = months.length > 1 ? SPARK_WIDTH / (months.length - 1) : 0;
  const points = months
    .map((m, i) => `${Math.round(i * step * 10) / 10},${Math.round((SPARK_HEIGHT - 2 - (m.count / max) * (SPARK_HEIGHT - 4)) * 10) / 10}`)
    .join(' ');
  const first = months[0];
  const last = months.at(-1);
  const summary = first && last ? `Coverage of ${subject} per month, ${monthName(first.key)} to ${monthName(last.key)}, at most ${articlesLabel(max)} in a month.` : '';
  return { width: SPARK_WIDTH, height: SPARK_HEIGHT, points: months.length === 1 ? `0,${SPARK_HEIGHT / 2} ${SPARK_WIDTH},${SPARK_HEIGHT / 2}` : points, summary };
}

/** Shade of a calendar day, 0 (none) to 4 (busiest), relative to the month's busiest day. */
export function heatLevel(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

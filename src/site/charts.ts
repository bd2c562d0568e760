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
    const key = `${String(y).padStart(4, '0')}-${pad2(m)}`;
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

/** What a chart counts per bar or point: a month, or, over a span of many, a longer period. */
interface PeriodCount {
  label: string;
  count: number;
}

/** Periods of a chart, shortest first: months, years, decades, centuries, millennia (of `span` years; 0 for a month). */
const PERIODS: { unit: string; span: number }[] = [
  { unit: 'month', span: 0 },
  { unit: 'year', span: 1 },
  { unit: 'decade', span: 10 },
  { unit: 'century', span: 100 },
  { unit: 'millennium', span: 1000 },
];

/** Bars of the timeline at most, and points of a sparkline. */
export const MAX_BARS = 240;
export const MAX_POINTS = 160;

/**
 * The months' counts in the shortest periods of which there are at most `most`: a chart of an
 * archive from 0050 to 2020 drew 23,640 monthly bars (2 MB of home page), and each topic
 * with articles at both ends a sparkline of as many points.
 */
export function periods(months: MonthCount[], most: number): { unit: string; counts: PeriodCount[] } {
  const years = months.length === 0 ? 0 : Number(months.at(-1)!.key.slice(0, 4)) - Number(months[0]!.key.slice(0, 4)) + 1;
  const { unit, span } = PERIODS.find((p) => (p.span === 0 ? months.length : Math.ceil(years / p.span) + 1) <= most) ?? PERIODS.at(-1)!;
  if (span === 0) return { unit, counts: months.map((m) => ({ label: monthName(m.key), count: m.count })) };
  const counts: PeriodCount[] = [];
  let current = -1;
  for (const m of months) {
    const start = Math.floor(Number(m.key.slice(0, 4)) / span) * span;
    if (start !== current) {
      current = start;
      // There is no year 0: the first decade, century or millennium begins in year 1.
      const first = String(Math.max(1, start)).padStart(4, '0');
      counts.push({ label: span === 1 ? first : `${first}–${String(start + span - 1).padStart(4, '0')}`, count: 0 });
    }
    counts[counts.length - 1]!.count += m.count;
  }
  return { unit, counts };
}

/** The largest count (at least 1), without spreading a long list into arguments. */
function largest(counts: { count: number }[]): number {
  let max = 1;
  for (const c of counts) if (c.count > max) max = c.count;
  return max;
}

/**
 * A bar per month (or per year, decade, … over a long span: see periods), heights relative to
 * the busiest. The summary is its text equivalent.
 */
export function monthTimeline(months: MonthCount[]): BarChart {
  const { unit, counts } = periods(months, MAX_BARS);
  const max = largest(counts);
  const slot = CHART_WIDTH / Math.max(1, counts.length);
  const bars = counts.map((p, i) => {
    const height = p.count === 0 ? 0 : Math.max(2, Math.round((p.count / max) * (CHART_HEIGHT - 4)));
    return {
      x: Math.round(i * slot * 100) / 100,
      y: CHART_HEIGHT - height,
      width: Math.max(1, Math.round((slot - GAP) * 100) / 100),
      height,
      label: `${p.label}: ${articlesLabel(p.count)}`,
    };
  });
  const busiest = counts.reduce<PeriodCount | null>((b, p) => (!b || p.count > b.count ? p : b), null);
  const first = months[0];
  const last = months.at(-1);
  const summary =
    first && last && busiest
      ? `Articles per ${unit} from ${monthName(first.key)} to ${monthName(last.key)}; the busiest ${unit} is ${busiest.label} with ${articlesLabel(busiest.count)}.`
      : 'No articles yet.';
  return { width: CHART_WIDTH, height: CHART_HEIGHT, bars, summary };
}

const SPARK_WIDTH = 160;
const SPARK_HEIGHT = 32;

/** A small line of coverage per month. */
export function sparkline(months: MonthCount[], subject: string): Sparkline {
  const { unit, counts } = periods(months, MAX_POINTS);
  const max = largest(counts);
  const step = counts.length > 1 ? SPARK_WIDTH / (counts.length - 1) : 0;
  const points = counts
    .map((p, i) => `${Math.round(i * step * 10) / 10},${Math.round((SPARK_HEIGHT - 2 - (p.count / max) * (SPARK_HEIGHT - 4)) * 10) / 10}`)
    .join(' ');
  const first = months[0];
  const last = months.at(-1);
  const summary = first && last ? `Coverage of ${subject} per ${unit}, ${monthName(first.key)} to ${monthName(last.key)}, at most ${articlesLabel(max)} in a ${unit}.` : '';
  return { width: SPARK_WIDTH, height: SPARK_HEIGHT, points: counts.length === 1 ? `0,${SPARK_HEIGHT / 2} ${SPARK_WIDTH},${SPARK_HEIGHT / 2}` : points, summary };
}

/** Shade of a calendar day, 0 (none) to 4 (busiest), relative to the month's busiest day. */
export function heatLevel(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

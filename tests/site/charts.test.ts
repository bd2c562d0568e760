// Charts drawn at build time: a bar per month, or per longer period when the span is long.
import { describe, expect, it } from 'vitest';
import { MAX_BARS, MAX_POINTS, monthRange, monthTimeline, periods, sparkline } from '../../src/site/charts.ts';

const counts = new Map([
  ['0050-03', 2],
  ['1999-12', 5],
  ['2017-11', 7],
  ['2020-12', 1],
]);

describe('charts', () => {
  it('draws a bar per month over a year', () => {
    const chart = monthTimeline(monthRange('2017-01', '2017-12', counts));
    expect(chart.bars).toHaveLength(12);
    expect(chart.bars[10]!.label).toBe('November 2017: 7 articles');
    expect(chart.summary).toBe('Articles per month from January 2017 to December 2017; the busiest month is November 2017 with 7 articles.');
  });

  it('draws a bar per year over decades, and per decade, century or millennium over longer spans, counting every article', () => {
    const years = monthTimeline(monthRange('1990-01', '2020-12', counts));
    expect(years.bars).toHaveLength(31);
    expect(years.bars.map((b) => b.label)).toContain('2017: 7 articles');
    expect(years.summary).toBe('Articles per year from January 1990 to December 2020; the busiest year is 2017 with 7 articles.');
    const long = monthRange('0050-01', '2020-12', counts);
    expect(long).toHaveLength(1971 * 12);
    const decades = periods(long, MAX_BARS);
    expect(decades.unit).toBe('decade');
    expect(decades.counts.length).toBeLessThanOrEqual(MAX_BARS);
    expect(decades.counts[0]).toEqual({ label: '0050–0059', count: 2 });
    expect(decades.counts.reduce((n, p) => n + p.count, 0)).toBe(15);
    expect(monthTimeline(long).bars.length).toBeLessThanOrEqual(MAX_BARS);
    const centuries = periods(monthRange('0001-01', '9999-12', counts), MAX_BARS);
    expect(centuries.unit).toBe('century');
    expect(centuries.counts[0]!.label).toBe('0001–0099'); // there is no year 0
    expect(centuries.counts.reduce((n, p) => n + p.count, 0)).toBe(15);
  });

  it('draws a sparkline of at most MAX_POINTS points', () => {
    const line = sparkline(monthRange('0050-01', '2020-12', counts), 'Grain');
    expect(line.points.split(' ').length).toBeLessThanOrEqual(MAX_POINTS);
    expect(line.summary).toBe('Coverage of Grain per century, January 0050 to December 2020, at most 8 articles in a century.');
    expect(sparkline(monthRange('2017-01', '2017-12', counts), 'Grain').points.split(' ')).toHaveLength(12);
  });
});

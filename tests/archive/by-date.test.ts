// Work done once for each run of articles of one date (by-date.ts): the same, article by article, as doing it for each.
import { describe, expect, it } from 'vitest';
import { dateRuns, perDate } from '../../src/archive/by-date.ts';

const dated = (...dates: string[]): { date: string }[] => dates.map((date) => ({ date }));

describe('work by date', () => {
  it('gives each article what its date gives, worked out once for each run, in any order', () => {
    const articles = dated('2017-11-14', '2017-11-14', '2017-11-15', '2017-11-14', '2018-01-02', '2018-01-02');
    const asked: string[] = [];
    expect(perDate(articles, (d) => (asked.push(d), d.slice(0, 7)))).toEqual(articles.map((a) => a.date.slice(0, 7)));
    expect(asked).toEqual(['2017-11-14', '2017-11-15', '2017-11-14', '2018-01-02']);
    expect(perDate([], (d) => d)).toEqual([]);
  });

  it('gives the runs of one date, in order, that cover every article once', () => {
    const articles = dated('2017-11-14', '2017-11-14', '2017-11-15', '2017-11-14');
    expect([...dateRuns(articles)]).toEqual([
      { date: '2017-11-14', first: 0, count: 2 },
      { date: '2017-11-15', first: 2, count: 1 },
      { date: '2017-11-14', first: 3, count: 1 },
    ]);
    expect([...dateRuns([])]).toEqual([]);
  });

  it('works the runs of an array out once, and again when its length or a run\'s start changed since', () => {
    const articles = dated('2017-11-14', '2017-11-14', '2017-11-15');
    const runs = dateRuns(articles);
    expect(dateRuns(articles)).toBe(runs);
    expect(dateRuns([...articles])).not.toBe(runs);
    articles.push({ date: '2017-11-15' });
    expect(dateRuns(articles)).toEqual([{ date: '2017-11-14', first: 0, count: 2 }, { date: '2017-11-15', first: 2, count: 2 }]);
    // A run's start changed.
    articles[2] = { date: '2017-11-14' };
    expect(dateRuns(articles)).toEqual([{ date: '2017-11-14', first: 0, count: 3 }, { date: '2017-11-15', first: 3, count: 1 }]);
    articles.splice(0, 2, { date: '2017-11-15' }, { date: '2017-11-15' });
    expect(dateRuns(articles)).toEqual([
      { date: '2017-11-15', first: 0, count: 2 },
      { date: '2017-11-14', first: 2, count: 1 },
      { date: '2017-11-15', first: 3, count: 1 },
    ]);
  });
});

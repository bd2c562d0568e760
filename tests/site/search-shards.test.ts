import { describe, expect, it } from 'vitest';
import { shardKey } from '../../src/site/search-index.ts';

describe('shardKey', () => {
  it('keeps past years whole and splits the newest year by month', () => {
    expect(shardKey('2016-03-09', '2018')).toBe('2016');
    expect(shardKey('2017-12-31', '2018')).toBe('2017');
    expect(shardKey('2018-01-01', '2018')).toBe('2018-01');
    expect(shardKey('2018-11-30', '2018')).toBe('2018-11');
  });
});

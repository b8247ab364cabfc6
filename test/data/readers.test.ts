import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  detectFormat,
  fileProvenance,
  readBulkTsv,
  readIndicatorFile,
  readJsonStat,
  readLongCsv,
  readSdmxCsv,
  toSeries,
} from '../../src/data';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../fixtures/eurostat', name), 'utf8');
const provenance = { dataset: 'test', release: 'test', source: 'test' };

describe('JSON-stat 2.0 reader on a real Eurostat response (demo_pjan)', () => {
  const read = readJsonStat(fixture('demo_pjan_jsonstat_real.json'));

  it('decodes every observation with its flag, in category-index order', () => {
    expect(read.issues).toEqual([]);
    expect(read.rows).toHaveLength(27 * 10);
    const at = (geo: string, period: string) =>
      read.rows.find((r) => r.geo === geo && r.period === period);
    expect(at('DE', '2024')?.value).toBe(83_456_045);
    expect(at('BE', '2015')?.value).toBe(11_237_274); // flat index 0
    expect(at('PT', '2024')?.value).toBe(10_639_726); // before Portugal's revision
    expect(at('DE', '2023')?.flag).toBe('b'); // status "48": DE (geo 4) × 10 + 2023 (time 8)
  });

  it('takes the dataset code and release from the response itself', () => {
    expect(read.metadata).toMatchObject({ dataset: 'Eurostat demo_pjan', release: '2026-08-14' });
  });

  it('agrees with the bundled population extract for both years', () => {
    const bundled = readLongCsv(
      require('../../src/data/snapshot/sources/populationJan1DemoPjan').default,
    );
    expect(bundled.rows).toHaveLength(54);
    for (const row of bundled.rows) {
      const j = read.rows.find((r) => r.geo === row.geo && r.period === row.period);
      expect(j?.value).toBe(Number(row.value));
    }
  });

  it('refuses a dataset with several categories of another dimension, naming it', () => {
    const json = JSON.parse(fixture('demo_pjan_jsonstat_real.json'));
    json.size[3] = 2;
    json.dimension.sex.category.index = { T: 0, F: 1 };
    const r = readJsonStat(json);
    expect(r.rows).toEqual([]);
    expect(r.issues[0]).toMatchObject({ column: 'sex', severity: 'error' });
    expect(r.issues[0]?.message).toMatch(/sex has 2 categories .* request one, e\.g\. &sex=T/);
  });

  it('turns a Eurostat error response into a message that says what to do', () => {
    const r = readJsonStat({ error: [{ status: 404, id: 100, label: 'No results found' }] });
    expect(r.issues[0]?.message).toBe(
      'Eurostat answered with error 100 (no results match the request: check the period and the codes): No results found.',
    );
  });

  it('says when the text is not JSON or not a dataset', () => {
    expect(readJsonStat('{oops').issues[0]?.message).toMatch(/^Not valid JSON/);
    expect(readJsonStat({ class: 'collection' }).issues[0]?.message).toMatch(
      /Not a JSON-stat 2\.0 dataset/,
    );
  });
});

describe('SDMX-CSV reader', () => {
  it('reads codes with the release date and flags', () => {
    const r = readSdmxCsv(fixture('sdmx_csv10_codes_demo_pjan_RECONSTRUCTED.csv'));
    expect(r.issues).toEqual([]);
    expect(r.metadata).toEqual({ dataset: 'Eurostat demo_pjan', release: '2026-08-14' });
    expect(r.rows.map((x) => [x.geo, x.period, x.value, x.flag])).toEqual([
      ['DE', '2024', '83456045', undefined],
      ['FR', '2024', '68669303', 'p'],
      ['RO', '2024', '19067576', 'e'],
    ]);
  });

  it('reads a real extract with labels, turning state names into codes', () => {
    const r = readSdmxCsv(fixture('sdmx_csv20_labels_demo_gind_REAL_excerpt.csv'));
    expect(r.rows.map((x) => [x.geo, x.period, x.value])).toEqual([
      ['DE', '2024', '83456045'],
      ['DE', '2025', '83577140'],
      ['EL', '2024', '10375764'],
      ['EL', '2025', '10372335'],
    ]);
    expect(r.metadata.release).toBe('2026-07-10');
  });

  it('reads a real temporary-protection extract with the definition flag', () => {
    const r = readSdmxCsv(fixture('sdmx_csv20_labels_migr_asytpsm_REAL_excerpt.csv'));
    expect(r.rows.find((x) => x.geo === 'ES' && x.period === '2025-03')).toMatchObject({
      value: '233825',
      flag: 'd',
    });
  });

  it('names the column that mixes several series', () => {
    const text =
      'DATAFLOW,LAST UPDATE,freq,sex,geo,TIME_PERIOD,OBS_VALUE\nESTAT:DEMO_PJAN(1.0),14/08/26,A,T,DE,2024,1\nESTAT:DEMO_PJAN(1.0),14/08/26,A,F,DE,2024,2\n';
    const r = readSdmxCsv(text);
    expect(r.issues).toEqual([
      expect.objectContaining({
        column: 'sex',
        message: expect.stringMatching(/mixes 2 values of sex/),
      }),
    ]);
  });
});

describe('Eurostat bulk TSV reader', () => {
  it('reads value and flags, with ":" as missing', () => {
    const r = readBulkTsv(fixture('tsv_bulk_nama_10_gdp_RECONSTRUCTED.tsv'));
    expect(r.issues).toEqual([]);
    expect(r.rows.filter((x) => x.geo === 'LI')).toEqual([
      expect.objectContaining({ period: '2023', value: 7661 }),
      expect.objectContaining({ period: '2024', value: null }),
    ]);
  });
});

describe('format detection', () => {
  it.each([
    ['demo_pjan_jsonstat_real.json', 'json-stat'],
    ['sdmx_csv10_codes_demo_pjan_RECONSTRUCTED.csv', 'sdmx-csv'],
    ['tsv_bulk_nama_10_gdp_RECONSTRUCTED.tsv', 'bulk-tsv'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
    expect(readIndicatorFile(fixture(name)).rows.length).toBeGreaterThan(0);
  });
  it('treats anything else as a long CSV', () => {
    expect(detectFormat('geo,year,value\nDE,2024,1')).toBe('long-csv');
  });
});

describe('long CSV reader and validation: every problem names line, column and fix', () => {
  const csv = [
    'geo,year,value,unit,source',
    'DE,2024,83456045,PERSONS,x',
    'GR,2024,10375764,PERSONS,x', // ISO code for Greece
    'FR,2024,abc,PERSONS,x',
    'IT,2024,-5,PERSONS,x',
    'XX,2024,5,PERSONS,x',
    'EU27_2020,2024,449489862,PERSONS,x',
    'MT,2024,:,PERSONS,x',
    'DE,2024,83456046,PERSONS,x',
    'ES,2023,48085361,PERSONS,x',
    'PL,2024,36620970,PERSONS,"Eurostat; OBS_FLAG=p"',
  ].join('\n');
  const result = toSeries(readLongCsv(csv), {
    indicator: 'population',
    period: '2024',
    provenance,
  });

  it('keeps the valid rows, with EL for GR and flags from the source note', () => {
    expect([...result.series!.observations.keys()]).toEqual(['DE', 'EL', 'PL']);
    expect(result.series!.observations.get('PL')?.flag).toBe('p');
    expect(result.accepted).toBe(3);
    expect(result.rejected).toBe(4);
    expect(result.duplicates).toBe(1);
  });

  it('lists each problem by line and column', () => {
    const lines = result.issues.map((i) => [i.line, i.column, i.severity]);
    expect(lines).toEqual([
      [4, 'value', 'error'],
      [5, 'value', 'error'],
      [6, 'geo', 'error'],
      [7, 'geo', 'warning'],
      [8, 'value', 'warning'],
      [9, 'geo', 'error'],
    ]);
    const text = result.issues.map((i) => i.message).join('\n');
    expect(text).toMatch(/"abc" for FR is not a number: write digits only/);
    expect(text).toMatch(/-5 for IT is negative/);
    expect(text).toMatch(/Unknown state code "XX"/);
    expect(text).toMatch(/EU27_2020 is not a state .* skipped/);
    expect(text).toMatch(/No value for MT: left as a gap \(never counted as zero\)/);
    expect(text).toMatch(/DE 2024 appears again \(first on line 2\)/);
  });

  it('asks for a period when the file holds several', () => {
    const r = toSeries(readLongCsv(csv), { indicator: 'population', provenance });
    expect(r.series).toBeUndefined();
    expect(r.issues.at(-1)?.message).toBe('The file holds 2 periods (2023, 2024): choose one.');
  });

  it('says which periods exist when the one asked for is absent', () => {
    const r = toSeries(readLongCsv(csv), { indicator: 'population', period: '2019', provenance });
    expect(r.series).toBeUndefined();
    expect(r.issues.at(-1)?.message).toBe('No observations for 2019: the data has 2023, 2024.');
  });

  it('names the missing header columns', () => {
    const r = readLongCsv('country;jahr;wert\nDE;2024;1');
    expect(r.issues[0]?.message).toMatch(/lacks the columns year, value/);
  });

  it('reports a broken quote with its line', () => {
    const r = readLongCsv('geo,year,value\nDE,2024,1\n"FR,2024,2\n');
    expect(r.issues.some((i) => i.line === 3 && i.severity === 'error')).toBe(true);
  });
});

describe("fileProvenance: a series from an analyst's file names it (pane and command line alike)", () => {
  const day = new Date('2026-11-27T15:00:00Z');

  it('keeps the dataset and release the file states, with the file and day as source', () => {
    expect(
      fileProvenance('pop.json', { dataset: 'Eurostat demo_pjan', release: '2026-07-10' }, day),
    ).toEqual({
      dataset: 'Eurostat demo_pjan',
      release: '2026-07-10',
      source: 'File pop.json, loaded 2026-11-27',
    });
  });

  it('names the file where the file says nothing of itself', () => {
    expect(fileProvenance('pop.csv', {}, day)).toEqual({
      dataset: 'File pop.csv',
      release: 'as stated in the file',
      source: 'File pop.csv, loaded 2026-11-27',
    });
    expect(fileProvenance('grid.xlsx', undefined, day).dataset).toBe('File grid.xlsx');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

// The JSON-stat reader's refusals are facts the pane says in its language (issue 18); the command
// line prints them in English, word for word as before.
describe('a JSON-stat file refused on the command line, in English', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pact-cli-jsonstat-'));
  const refusal = async (name: string, document: unknown) => {
    writeFileSync(join(folder, name), JSON.stringify(document));
    const r = await runCli(['--indicators', `population=${name}`], { folder });
    expect(r.code).toBe(1);
    return r.err.replaceAll(join(folder, name), name);
  };

  it('a dataset whose "size" disagrees with "id"', async () => {
    const doc = { class: 'dataset', id: ['geo', 'time'], size: [2], dimension: {}, value: [] };
    expect(await refusal('pop.json', doc)).toBe(
      'pool: pop.json: Population on 1 January (json-stat): 2 problems; the file is refused whole and nothing was written:\n' +
        '  pop.json:1: column size: "size" has 1 entries where "id" has 2: give one size per dimension.\n' +
        '  pop.json:1: column year: The file has no observations.\n',
    );
  });

  it('a Eurostat error response saved as the file', async () => {
    const doc = { error: [{ status: 400, id: 150, label: 'Dimension unknown' }] };
    expect(await refusal('error.json', doc)).toBe(
      'pool: error.json: Population on 1 January (json-stat): 2 problems; the file is refused whole and nothing was written:\n' +
        '  error.json:1: column (document): Eurostat answered with error 150 (the request names a dimension or code the dataset does not have): Dimension unknown.\n' +
        '  error.json:1: column year: The file has no observations.\n',
    );
  });
});

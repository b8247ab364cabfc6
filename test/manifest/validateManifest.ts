// Validates an add-in manifest against Microsoft's manifest schemas (vendored in
// test/schemas/office-manifest/) with libxml2 compiled to WebAssembly: no apt package, no network.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const MANIFEST_SCHEMAS = resolve(__dirname, '../schemas/office-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** The schema errors of a manifest, each as `manifest.xml:LINE: message`; empty when valid. */
export async function manifestSchemaErrors(
  xml: string,
  fileName = 'manifest.xml',
): Promise<string[]> {
  const schemas = readdirSync(MANIFEST_SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const read = (f: string) => readFileSync(join(MANIFEST_SCHEMAS, f), 'utf8');
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: read(MAIN_SCHEMA) }],
    // The main schema imports the others by file name.
    preload: schemas
      .filter((f) => f !== MAIN_SCHEMA)
      .map((f) => ({ fileName: f, contents: read(f) })),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

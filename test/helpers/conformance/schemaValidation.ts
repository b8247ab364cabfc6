import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';

/** The ECMA-376 transitional schemas vendored with the project (see its README for provenance). */
const SCHEMA_DIR = join(__dirname, '../../schemas/ooxml');

/**
 * The namespace of each kind of part the tool writes and the vendored schema that defines it. The
 * Dublin Core schemas that opc-coreProperties.xsd imports are not vendored (not among the ECMA-376
 * files), so docProps/core.xml is not schema-validated; the rules check it is well-formed.
 */
const SCHEMA_OF_NAMESPACE: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'sml.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'dml-main.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing':
    'dml-spreadsheetDrawing.xsd',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'dml-chart.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties':
    'shared-documentPropertiesExtended.xsd',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'opc-xsd/opc-contentTypes.xsd',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'opc-xsd/opc-relationships.xsd',
  'urn:schemas-microsoft-com:vml': 'vml-main.xsd',
  'urn:schemas-microsoft-com:office:office': 'vml-officeDrawing.xsd',
  'urn:schemas-microsoft-com:office:excel': 'vml-spreadsheetDrawing.xsd',
};

/**
 * The `xml:` attributes (XML 1.0 §2.10 xml:space, §2.12 xml:lang; XML Base; xml:id), which wml.xsd
 * and shared-math.xsd (imported through VML) import without a schema location. Written here from
 * those specifications, as W3C's xml.xsd is not part of the ECMA-376 files.
 */
const XML_NAMESPACE_SCHEMA = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
  targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang">
    <xs:simpleType>
      <xs:union memberTypes="xs:language">
        <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value=""/></xs:restriction></xs:simpleType>
      </xs:union>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="space">
    <xs:simpleType>
      <xs:restriction base="xs:NCName">
        <xs:enumeration value="default"/>
        <xs:enumeration value="preserve"/>
      </xs:restriction>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="base" type="xs:anyURI"/>
  <xs:attribute name="id" type="xs:ID"/>
</xs:schema>
`;

/** One schema importing all of the above, so that one xmllint run validates every kind of part. */
function umbrellaSchema(): string {
  const imports = [
    ['http://www.w3.org/XML/1998/namespace', 'xml-namespace.xsd'],
    ...Object.entries(SCHEMA_OF_NAMESPACE),
  ]
    .map(([ns, file]) => `  <xsd:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
  targetNamespace="urn:pact-solidarity:conformance" elementFormDefault="qualified">
${imports}
</xsd:schema>
`;
}

function schemaFiles(dir = SCHEMA_DIR): { fileName: string; contents: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaFiles(path);
    return name.endsWith('.xsd')
      ? [{ fileName: relative(SCHEMA_DIR, path), contents: readFileSync(path, 'utf8') }]
      : [];
  });
}

export interface PartToValidate {
  /** A unique file name, e.g. `pool-latest/xl/worksheets/sheet2.xml`. */
  readonly fileName: string;
  readonly contents: string;
}

export interface SchemaError {
  readonly fileName: string;
  readonly line: number;
  readonly message: string;
  /** The text of that line of the part as validated (one element per line). */
  readonly source: string;
}

/**
 * Validates many parts in one xmllint-wasm run (one worker, the schemas compiled once). Each part's
 * root must be a global element of one of the namespaces above.
 */
export async function validateParts(
  parts: readonly PartToValidate[],
  batchSize = BATCH_SIZE,
): Promise<SchemaError[]> {
  const errors: SchemaError[] = [];
  for (let i = 0; i < parts.length; i += batchSize)
    errors.push(...(await validateBatch(parts.slice(i, i + batchSize))));
  return errors;
}

/**
 * Documents per xmllint-wasm run. Its command line (a file name per document) lives on the
 * WebAssembly stack: a run with the gate's 3,000 documents fails ("memory access out of bounds").
 * Short names and 1,000 documents a run stay clear of that; the schemas compile once per run.
 */
const BATCH_SIZE = 1000;

async function validateBatch(parts: readonly PartToValidate[]): Promise<SchemaError[]> {
  const result = await validateXML({
    xml: parts.map((p, i) => ({ fileName: `${i}.xml`, contents: p.contents })),
    schema: [{ fileName: 'conformance-umbrella.xsd', contents: umbrellaSchema() }],
    preload: [...schemaFiles(), { fileName: 'xml-namespace.xsd', contents: XML_NAMESPACE_SCHEMA }],
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 1 * memoryPages.GiB,
  });
  if (result.valid) return [];
  return result.errors
    .filter((e) => e.loc && !e.message.endsWith('fails to validate'))
    .map((e) => {
      const part = parts[Number.parseInt(e.loc?.fileName ?? '', 10)];
      const line = e.loc?.lineNumber ?? 0;
      return {
        fileName: part?.fileName ?? e.rawMessage,
        line,
        message: e.message.replace(/^element [^:]+: Schemas validity error : /, ''),
        source: (part?.contents.split('\n')[line - 1] ?? '').trim().slice(0, 200),
      };
    });
}

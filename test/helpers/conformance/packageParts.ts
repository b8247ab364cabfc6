import JSZip from 'jszip';
import type { PartToValidate } from './schemaValidation';
import { attr, elements, parseXml, serialize, withoutIgnorable, type XmlElement } from './xmlTree';

/** One part of a workbook package, parsed, as an Office consumer reads it (mc:Ignorable applied). */
export interface Part {
  /** Its name in the package, e.g. `xl/worksheets/sheet2.xml`. */
  readonly name: string;
  readonly contentType: string | undefined;
  readonly xml: XmlElement;
}

export interface WorkbookPackage {
  /** Which generated workbook, e.g. `latest, copy for DE`. */
  readonly label: string;
  readonly parts: ReadonlyMap<string, Part>;
}

const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Unzips a workbook and parses every XML part (a part that is not well-formed throws). */
export async function readPackage(label: string, bytes: Uint8Array): Promise<WorkbookPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const file of Object.values(zip.files))
    if (!file.dir) texts.set(file.name, await file.async('string'));
  const types = texts.get('[Content_Types].xml');
  if (types === undefined) throw new Error(`${label}: no [Content_Types].xml.`);
  const typesXml = parseXml(types, `${label}: [Content_Types].xml`);
  const contentType = contentTypes(typesXml);
  const parts = new Map<string, Part>();
  for (const [name, text] of texts) {
    const xml = withoutIgnorable(parseXml(text, `${label}: ${name}`));
    parts.set(name, { name, contentType: contentType(name), xml });
  }
  return { label, parts };
}

/** The content type of a part: its Override, else the Default for its extension (OPC §10.1.2). */
function contentTypes(types: XmlElement): (name: string) => string | undefined {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const e of elements(types)) {
    if (e.uri !== CT_NS) continue;
    const type = attr(e, 'ContentType') ?? '';
    if (e.local === 'Override') overrides.set((attr(e, 'PartName') ?? '').toLowerCase(), type);
    if (e.local === 'Default') defaults.set((attr(e, 'Extension') ?? '').toLowerCase(), type);
  }
  return (name) => {
    if (name === '[Content_Types].xml') return 'content types';
    return (
      overrides.get(`/${name}`.toLowerCase()) ??
      defaults.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase())
    );
  };
}

/** Parts the vendored schemas cannot check, and why (named in the gate's output). */
export const NOT_SCHEMA_VALIDATED: Readonly<Record<string, string>> = {
  'docProps/core.xml':
    'the Dublin Core schemas opc-coreProperties.xsd imports are not among the ECMA-376 files',
};

/**
 * The parts to give the validator, one element per line. A VML drawing's root `<xml>` is declared
 * by no schema (VML predates them): each of its children is validated as its own document.
 */
export function partsToValidate(pkg: WorkbookPackage, prefix: string): PartToValidate[] {
  return [...pkg.parts.values()].flatMap((part): PartToValidate[] => {
    if (part.name in NOT_SCHEMA_VALIDATED) return [];
    const fileName = `${prefix}/${part.name}`;
    if (part.xml.local !== 'xml' || part.xml.uri !== '')
      return [{ fileName, contents: serialize(part.xml) }];
    const declarations = part.xml.attributes.filter((a) => a.name.startsWith('xmlns'));
    return elements(part.xml).map((child, i) => ({
      fileName: `${fileName}/${i + 1}-${child.local}.xml`,
      contents: serialize({
        ...child,
        attributes: [
          ...declarations.filter((d) => !child.attributes.some((a) => a.name === d.name)),
          ...child.attributes,
        ],
      }),
    }));
  });
}

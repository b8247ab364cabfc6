import { SaxesParser } from 'saxes';

/** One XML element, with where its start tag ends in its part (1-based line, column), for messages. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  readonly line: number;
  readonly column: number;
}
export interface XmlAttribute {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly value: string;
}
export type XmlNode = XmlElement | string;

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

interface Building {
  name: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
}

/** Parses a part into a tree (namespaces resolved); throws with the part, line and column. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: part });
  const stack: Building[] = [];
  let root: Building | undefined;
  parser.on('opentag', (tag) => {
    const element: Building = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: Object.values(tag.attributes).map((a) => ({
        name: a.name,
        local: a.local,
        uri: a.uri,
        value: a.value,
      })),
      children: [],
      line: parser.line,
      column: parser.column,
    };
    stack.at(-1)?.children.push(element);
    if (!root) root = element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void stack.at(-1)?.children.push(t));
  parser.on('cdata', (t) => void stack.at(-1)?.children.push(t));
  parser.on('error', (e) => {
    throw new Error(`${part}: not well-formed XML: ${e.message}`);
  });
  parser.write(text).close();
  if (!root) throw new Error(`${part}: no root element.`);
  return root;
}

export function elements(node: XmlElement, local?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (local === undefined || c.local === local),
  );
}

/** Every element below `node` (depth first) with this local name. */
export function descendants(node: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.local === local) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}

export function attr(node: XmlElement, local: string): string | undefined {
  return node.attributes.find((a) => a.local === local && a.uri === '')?.value;
}

export function textOf(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * What an Office consumer that does not know the namespaces listed in `mc:Ignorable` reads
 * (ECMA-376 Part 3, Markup Compatibility): their attributes and elements removed, and the
 * `mc:Ignorable` attribute itself. The ignorable set applies to the element and its descendants.
 */
export function withoutIgnorable(
  node: XmlElement,
  inherited: ReadonlySet<string> = new Set(),
): XmlElement {
  const declared = new Map(
    node.attributes
      .filter((a) => a.uri === XMLNS_NS || a.name === 'xmlns')
      .map((a) => [a.name === 'xmlns' ? '' : a.local, a.value]),
  );
  const listed = node.attributes.find((a) => a.uri === MC_NS && a.local === 'Ignorable');
  const ignorable = new Set(inherited);
  for (const prefix of listed?.value.split(/\s+/).filter(Boolean) ?? []) {
    const uri = declared.get(prefix);
    if (uri) ignorable.add(uri);
  }
  return {
    ...node,
    attributes: node.attributes.filter((a) => !ignorable.has(a.uri) && a !== listed),
    children: node.children
      .filter((c) => typeof c === 'string' || !ignorable.has(c.uri))
      .map((c) => (typeof c === 'string' ? c : withoutIgnorable(c, ignorable))),
  };
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) =>
  escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

/**
 * The element as XML text with each child element of element-only content on its own line, so
 * that a validator's line number points at one element. Text content is kept exactly.
 */
export function serialize(node: XmlElement, indent = ''): string {
  const attributes = node.attributes
    .map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  const hasText = node.children.some((c) => typeof c === 'string' && c.trim() !== '');
  const inner = hasText
    ? node.children.map((c) => (typeof c === 'string' ? escapeText(c) : serialize(c))).join('')
    : '\n' +
      elements(node)
        .map((c) => serialize(c, `${indent} `))
        .join('\n') +
      `\n${indent}`;
  return `${indent}<${node.name}${attributes}>${inner}</${node.name}>`;
}

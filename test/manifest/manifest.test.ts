/**
 * @jest-environment jsdom
 */
// Offline checks of the add-in manifest (office-addin-manifest validate posts it to a Microsoft
// service, which cannot run here): the source manifest.xml, and the one a production build writes
// for a public host, with functions.json and help.html beside it. Both are validated against
// Microsoft's manifest schemas (test/schemas/office-manifest/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ICustomFunctionsMetadata } from 'custom-functions-metadata';
import { generatedMetadata } from '../functions/metadataOf';
import { shownStrings } from './localizedStrings';
import { manifestSchemaErrors } from './validateManifest';

const ROOT = resolve(__dirname, '../..');
const DEV_HOST = 'https://localhost:3000/';
const PUBLIC_HOST = 'https://addin.example.test/';
// A publisher name with XML's special characters: the build must escape them.
const PUBLISHER = 'Example Secretariat & Partners <IT>';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Elements by local name, whatever their namespace (the manifest mixes three). */
function all(root: Document | Element, name: string): Element[] {
  return [...root.getElementsByTagNameNS('*', name)];
}

function one(root: Document | Element, name: string): Element {
  const found = all(root, name);
  if (found.length !== 1) throw new Error(`Expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

const xsiType = (e: Element) => e.getAttributeNS(XSI, 'type');
const text = (e: Element) => (e.textContent ?? '').trim();

/** Every resource (image, URL, string) by id, and how many times each id is defined. */
function resources(doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const resourcesElement = one(doc, 'Resources');
  for (const e of [...all(resourcesElement, 'Image'), ...all(resourcesElement, 'Url')]
    .concat(all(resourcesElement, 'String'))
    .filter((x) => x.hasAttribute('id'))) {
    const id = e.getAttribute('id')!;
    out.set(id, [...(out.get(id) ?? []), e.getAttribute('DefaultValue') ?? '']);
  }
  return out;
}

function resource(doc: Document, id: string | null): string {
  const values = resources(doc).get(id ?? '');
  if (!values || values.length !== 1) throw new Error(`Resource ${id} is not defined once`);
  return values[0]!;
}

/** Every URL the manifest names: DefaultValue attributes and AppDomain entries. */
function urls(doc: Document): { urls: string[]; appDomains: string[] } {
  const appDomains = all(doc, 'AppDomain').map(text);
  const values = [...doc.getElementsByTagName('*')]
    .map((e) => e.getAttribute('DefaultValue') ?? '')
    .filter((v) => /^[a-z]+:\/\//i.test(v));
  return { urls: values, appDomains };
}

/** Attribute values and text that Office reads; comments excluded. */
function readContent(doc: Document): string[] {
  const out: string[] = [];
  for (const e of doc.getElementsByTagName('*')) {
    for (const a of e.attributes) out.push(a.value);
    for (const n of e.childNodes) if (n.nodeType === n.TEXT_NODE) out.push(n.nodeValue ?? '');
  }
  return out;
}

describe('manifest.xml (the source, development URLs)', () => {
  const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const doc = parse(xml);

  it('validates against the Office add-in manifest schemas', async () => {
    expect(await manifestSchemaErrors(xml)).toEqual([]);
  });

  // The validator is not vacuous: the faults the schemas' README names are refused, with a line.
  it('would be refused with an element out of order or a resource id over 32 characters', async () => {
    const misplaced = xml.replace(
      /(<Version>[^<]*<\/Version>)/,
      '$1<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />',
    );
    expect(await manifestSchemaErrors(misplaced)).toEqual([
      expect.stringMatching(/^manifest\.xml:\d+: .*'.*IconUrl': This element is not expected/),
    ]);
    const longId = xml.split('"Functions.Metadata.Url"').join(`"${'M'.repeat(33)}"`);
    expect((await manifestSchemaErrors(longId)).length).toBeGreaterThan(0);
  });

  it('is an Office task-pane add-in with a GUID id and a four-part version', () => {
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(xsiType(doc.documentElement)).toBe('TaskPaneApp');
    expect(text(one(doc, 'Id'))).toMatch(GUID);
    expect(text(one(doc, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('runs in Excel workbooks only, with read-write document permission and nothing more', () => {
    const topHosts = [...doc.documentElement.children].find((e) => e.localName === 'Hosts')!;
    expect(all(topHosts, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(all(doc, 'Permissions').map(text)).toEqual(['ReadWriteDocument']);
  });

  it('requires the shared runtime and keeps it alive (long lifetime)', () => {
    const sets = all(one(doc, 'Requirements'), 'Set').map((s) => [
      s.getAttribute('Name'),
      s.getAttribute('MinVersion'),
    ]);
    expect(sets).toContainEqual(['SharedRuntime', '1.1']);
    const runtime = one(doc, 'Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    expect(resource(doc, runtime.getAttribute('resid'))).toBe(`${DEV_HOST}taskpane.html`);
  });

  it('declares the custom functions in the EUPACT namespace, run in the shared page', () => {
    const point = all(doc, 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions')!;
    expect(point).toBeDefined();
    const location = (name: string) =>
      resource(doc, one(one(point, name), 'SourceLocation').getAttribute('resid'));
    expect(location('Script')).toBe(`${DEV_HOST}functions.js`);
    expect(location('Metadata')).toBe(`${DEV_HOST}functions.json`);
    // The functions' page is the task pane's: one JavaScript context for both (SharedRuntime).
    expect(one(one(point, 'Page'), 'SourceLocation').getAttribute('resid')).toBe(
      one(doc, 'Runtime').getAttribute('resid'),
    );
    expect(resource(doc, one(point, 'Namespace').getAttribute('resid'))).toBe('EUPACT');
  });

  it('opens the task pane from a ribbon button, without a TaskpaneId (one pane in a shared runtime)', () => {
    const actions = all(doc, 'Action').filter((a) => xsiType(a) === 'ShowTaskpane');
    expect(actions).toHaveLength(1);
    const button = actions[0]!.parentElement!;
    expect([button.localName, xsiType(button)]).toEqual(['Control', 'Button']);
    expect(all(actions[0]!, 'TaskpaneId')).toEqual([]);
    expect(resource(doc, one(actions[0]!, 'SourceLocation').getAttribute('resid'))).toBe(
      `${DEV_HOST}taskpane.html`,
    );
  });

  it('lets the add-in window navigate to Eurostat only (AppDomains)', () => {
    expect(urls(doc).appDomains).toEqual(['https://ec.europa.eu']);
  });

  // AppDomains neither grants nor limits requests; the pane's Content-Security-Policy does.
  it('leaves network access to the pane’s Content-Security-Policy: its own host and Eurostat', () => {
    const page = new DOMParser().parseFromString(
      readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8'),
      'text/html',
    );
    const csp = page
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content');
    const connect = (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([name]) => name === 'connect-src');
    expect(connect).toEqual(['connect-src', "'self'", 'https://ec.europa.eu']);
    const comment = /<!--([^]*?)-->\s*<AppDomains>/.exec(xml)?.[1] ?? '';
    expect(comment).toMatch(/Content-Security-Policy/);
    expect(comment).toMatch(/grants no network access/);
  });

  // The production build replaces it with ADDIN_PUBLISHER (below); here it says whose build it is.
  it('names who provides it, not the product', () => {
    const provider = text(one(doc, 'ProviderName'));
    const product = one(doc, 'DisplayName').getAttribute('DefaultValue');
    expect(provider).not.toBe(product);
    expect(provider).not.toBe('Pact Solidarity for Excel');
    expect(provider).toBe('Pact Solidarity for Excel contributors (development build)');
  });

  it('defines every resource id once, and every resid refers to one', () => {
    const defined = resources(doc);
    for (const [id, values] of defined) expect([id, values.length]).toEqual([id, 1]);
    const referenced = [...doc.getElementsByTagName('*')]
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null);
    expect(referenced.length).toBeGreaterThan(10);
    for (const r of referenced) expect([r, defined.has(r)]).toEqual([r, true]);
  });

  it('puts every URL on one https host, the development server', () => {
    const { urls: all } = urls(doc);
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const url of all) expect(url.startsWith(DEV_HOST)).toBe(true);
  });
});

describe('the production build for a public host', () => {
  let out: string;
  let doc: Document;
  let xml: string;
  let functionsJson: ICustomFunctionsMetadata;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'pact-build-'));
    try {
      execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', out], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_PUBLIC_URL: PUBLIC_HOST, ADDIN_PUBLISHER: PUBLISHER },
        stdio: 'pipe',
      });
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`The production build failed:\n${String(stdout)}\n${String(stderr)}`, {
        cause: e,
      });
    }
    xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    doc = parse(xml);
    functionsJson = JSON.parse(
      readFileSync(join(out, 'functions.json'), 'utf8'),
    ) as ICustomFunctionsMetadata;
  }, 180_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('validates against the Office add-in manifest schemas', async () => {
    expect(await manifestSchemaErrors(xml)).toEqual([]);
  });

  it('carries the source manifest’s French and German strings unchanged', () => {
    const source = parse(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    expect(shownStrings(doc)).toEqual(shownStrings(source));
    expect(shownStrings(doc).filter((s) => s.byLocale.has('fr-FR')).length).toBeGreaterThan(5);
  });

  it('names the publisher given at build time, escaped', () => {
    expect(text(one(doc, 'ProviderName'))).toBe(PUBLISHER);
    expect(xml).toContain(
      '<ProviderName>Example Secretariat &amp; Partners &lt;IT&gt;</ProviderName>',
    );
  });

  it('ships no source maps, nor any file referring to one', () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of files.filter((name) => name.endsWith('.js'))) {
      expect([f, /sourceMappingURL/.test(readFileSync(join(out, f), 'utf8'))]).toEqual([f, false]);
    }
  });

  it('points every URL but the AppDomain at the public host, none at localhost', () => {
    const { urls: all, appDomains } = urls(doc);
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const url of all) expect(url.startsWith(PUBLIC_HOST)).toBe(true);
    expect(appDomains).toEqual(['https://ec.europa.eu']);
    // Nothing Office reads (attributes, text) names the development server.
    expect(readContent(doc).filter((v) => /localhost/i.test(v))).toEqual([]);
  });

  // The build strips the manifest's comments, which talk of the development host.
  it('contains no "localhost" at all, comments included', () => {
    expect(xml).not.toMatch(/localhost/i);
  });

  it('ships every file the manifest names', () => {
    for (const url of urls(doc).urls) {
      const path = new URL(url).pathname.replace(/^\//, '');
      expect([path, existsSync(join(out, path))]).toEqual([path, true]);
    }
    for (const file of ['taskpane.html', 'functions.js', 'functions.json', 'help.html']) {
      expect([file, existsSync(join(out, file))]).toEqual([file, true]);
    }
  });

  it('ships the generated functions.json, its help links rewritten to the public host', async () => {
    const { metadata } = await generatedMetadata();
    const rewritten = JSON.parse(
      JSON.stringify(metadata).split(DEV_HOST).join(PUBLIC_HOST),
    ) as ICustomFunctionsMetadata;
    expect(functionsJson).toEqual(rewritten);
    expect(JSON.stringify(functionsJson)).not.toMatch(/localhost/);
    for (const f of functionsJson.functions) {
      expect(f.helpUrl).toBe(`${PUBLIC_HOST}help.html#${f.id.toLowerCase()}`);
    }
  });

  it('ships a help page with a section for every function', () => {
    const help = new DOMParser().parseFromString(
      readFileSync(join(out, 'help.html'), 'utf8'),
      'text/html',
    );
    for (const f of functionsJson.functions) {
      const anchor = help.getElementById(f.id.toLowerCase());
      expect([f.id, anchor?.localName]).toEqual([f.id, 'a']);
    }
    expect([...help.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(
      functionsJson.functions.map((f) => `EUPACT.${f.id}`),
    );
  });

  it('registers each function once, through the calls the webpack plugin appends', () => {
    const script = readFileSync(join(out, 'functions.js'), 'utf8');
    for (const f of functionsJson.functions) {
      const calls = script.split(`CustomFunctions.associate("${f.id}"`).length - 1;
      expect([f.id, calls]).toEqual([f.id, 1]);
    }
  });
});

describe('a production build without a deployment', () => {
  // The build stops while reading its configuration, before compiling anything: a few seconds.
  it('fails, naming the variables it needs and the local build', () => {
    const env = { ...process.env };
    delete env.ADDIN_PUBLIC_URL;
    delete env.ADDIN_PUBLISHER;
    const out = mkdtempSync(join(tmpdir(), 'pact-nobuild-'));
    let failure: { status?: number; stderr?: Buffer; stdout?: Buffer } | undefined;
    try {
      execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', out], {
        cwd: ROOT,
        env,
        stdio: 'pipe',
      });
    } catch (e) {
      failure = e as typeof failure;
    }
    const written = readdirSync(out);
    rmSync(out, { recursive: true, force: true });
    expect(failure?.status).not.toBe(0);
    const message = `${String(failure?.stderr)}${String(failure?.stdout)}`;
    expect(message).toMatch(/production build needs ADDIN_PUBLIC_URL and ADDIN_PUBLISHER/);
    expect(message).toMatch(/npm run build:local/);
    expect(written).toEqual([]);
  }, 60_000);
});

import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadWords, type Language } from '../../src/report/words';

/** The built add-in: dist/, or another build folder (E2E_DIST) so that two builds need not share one. */
export const DIST = process.env.E2E_DIST ?? join(__dirname, '../../dist');

/** Serves the built add-in from dist/ on a free local port. */
async function serveDist(): Promise<{ url: string; server: Server }> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm test does).');
  }
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.png': 'image/png',
    '.xml': 'application/xml',
  };
  const server = createServer((req, res) => {
    // axe-core, served from this origin so that the page's Content-Security-Policy allows it.
    if (req.url === '/__test/axe.min.js') {
      res
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(readFileSync(require.resolve('axe-core/axe.min.js')));
      return;
    }
    const path = normalize(
      join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0] as string)),
    );
    if (!path.startsWith(DIST) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** The fake office.js, bundled for the browser. */
async function fakeOfficeJs(): Promise<string> {
  const out = await build({
    entryPoints: [join(__dirname, 'officeHost.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
  });
  return out.outputFiles[0]?.text ?? '';
}

/** Debian's Chromium, headless, with no background traffic (ENGINEERING-NOTES.md); Playwright gives it a fresh profile. */
function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is missing at ${executablePath}: apt-get install -y --no-install-recommends chromium (.ci/run does).`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Traffic {
  /** Every request that left for a host other than the local server. */
  readonly outside: string[];
}

/**
 * Routes the page's requests: the local server passes; office.js is the fake; Eurostat answers from
 * `eurostat`; anything else is refused and recorded, so that a test can prove nothing else is sent.
 */
async function routeTraffic(
  page: Page,
  local: string,
  officeJs: string,
  eurostat: (url: string) => { status: number; body: string },
): Promise<Traffic> {
  const traffic: Traffic = { outside: [] };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(local)) return route.continue();
    traffic.outside.push(url);
    if (url.startsWith('https://appsforoffice.microsoft.com/lib/1/hosted/office.js')) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs });
    }
    if (url.startsWith('https://ec.europa.eu/eurostat/api/')) {
      const answer = eurostat(url);
      return route.fulfill({
        status: answer.status,
        contentType: 'application/json',
        body: answer.body,
        headers: { 'access-control-allow-origin': '*' },
      });
    }
    return route.abort();
  });
  return traffic;
}

export interface OpenPane {
  readonly server: Server;
  /** The local server's address. */
  readonly url: string;
  readonly browser: Browser;
  readonly page: Page;
  readonly traffic: Traffic;
}

/** How a test file opens the pane: each option is what an analyst's set-up would differ in. */
export interface PaneOptions {
  /** The pane's size: by default the issue's, 350 × 700 px. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** The browser's locale (numbers and dates as the analyst's culture writes them). */
  readonly locale?: string;
  /** The pane's language, as the analyst chose it (stored on this computer); the title follows. */
  readonly language?: Language;
  /**
   * The pool to choose on the first view, as the analyst does before writing is offered (issue
   * 16): "Next pool on the latest data" is the pane's default draft, unchanged by the choice.
   */
  readonly pool?: string;
  /**
   * With the pool chosen: the illustrative 2026 pledging round loaded on the Pledges tab, the pane
   * then on `tab` (or left on Pledges).
   */
  readonly round?: boolean;
  /** The tab to open once set up (its name in the pane's language). */
  readonly tab?: string;
  /** Motion reduced (by default): screenshots show the settled page, not an accordion halfway open. */
  readonly reducedMotion?: boolean;
  /** The axe audit script (audit.ts), added by default. */
  readonly axe?: boolean;
  /** Eurostat's answers (by default, nothing found). */
  readonly eurostat?: (url: string) => { status: number; body: string };
  /** Runs before the page loads (requests to watch, say). */
  readonly before?: (page: Page) => Promise<void> | void;
  /**
   * Wait for the pane's own "pane-ready" mark, checked from outside every 100 ms, instead of finding
   * the title by its role: the bench measures the page's main thread, and a role query (every
   * element's role and accessible name) is a long task of its own there, not the pane's work.
   */
  readonly readyByMark?: boolean;
  /** A page error or console error fails the test after which it appeared. */
  readonly noErrorsAfterEach?: boolean;
  /** How long each test of the file may take (jest's, 90 s by default), and opening the pane (90 s). */
  readonly timeout?: number;
  readonly openTimeout?: number;
}

/** The pane a test file works with, open from its beforeAll to its afterAll. */
export interface Pane extends OpenPane {
  /** The page's uncaught and console errors, as they came. */
  readonly errors: string[];
}

/**
 * The built pane, opened once for the tests of the describe block this is called in, and closed
 * after them: `const pane = openPane({ pool, language, viewport })`, then `pane.page` in the tests.
 */
export function openPane(options: PaneOptions = {}): Pane {
  const errors: string[] = [];
  let open: OpenPane | undefined;
  const opened = (): OpenPane => {
    if (!open) throw new Error('the pane is not open yet: use it inside a test or a hook');
    return open;
  };
  jest.setTimeout(options.timeout ?? 90_000);
  beforeAll(async () => {
    open = await startPane({
      reducedMotion: true,
      axe: true,
      ...options,
      viewport: options.viewport ?? { width: 350, height: 700 },
      errors,
    });
  }, options.openTimeout ?? 90_000);
  afterAll(async () => {
    await open?.browser.close();
    open?.server.close();
  });
  if (options.noErrorsAfterEach) afterEach(() => expect(errors).toEqual([]));
  return {
    errors,
    get server() {
      return opened().server;
    },
    get url() {
      return opened().url;
    },
    get browser() {
      return opened().browser;
    },
    get page() {
      return opened().page;
    },
    get traffic() {
      return opened().traffic;
    },
  };
}

/**
 * The built pane served and opened in headless Chromium over the fake Office.js, once its title
 * shows, exactly as asked (no defaults: the bench measures it so): the page's uncaught and console
 * errors go to `errors`; Eurostat answers by `eurostat` (by default, nothing found); `before` runs
 * before the page loads; `axe` adds the audit script. Tests use openPane, which closes it.
 */
export async function startPane(
  options: Omit<PaneOptions, 'viewport'> & {
    readonly viewport: NonNullable<PaneOptions['viewport']>;
    readonly errors: string[];
  },
): Promise<OpenPane> {
  const { server, url } = await serveDist();
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: options.viewport,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  page.on('pageerror', (e) => options.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && options.errors.push(m.text()));
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  const language = options.language;
  if (language)
    // The analyst's choice, kept on this computer, as the Language select stores it.
    await page.addInitScript((l) => window.localStorage.setItem('eupact.language', l), language);
  await options.before?.(page);
  const traffic = await routeTraffic(
    page,
    url,
    await fakeOfficeJs(),
    options.eurostat ?? (() => ({ status: 404, body: '{}' })),
  );
  await page.goto(`${url}/taskpane.html`);
  const w = await loadWords(language ?? 'en');
  if (options.readyByMark)
    await page.waitForFunction(() => performance.getEntriesByName('pane-ready').length > 0, null, {
      polling: 100,
    });
  else await page.getByRole('heading', { name: w.t('shell.title') }).waitFor();
  if (options.axe) await page.addScriptTag({ url: `${url}/__test/axe.min.js` });
  if (options.pool) await page.getByRole('radio', { name: options.pool }).check();
  if (options.round) {
    await page.getByRole('tab', { name: w.t('shell.tab.pledges') }).click();
    await page.getByRole('button', { name: w.t('pledges.example') }).click();
    await page.getByText(w.t('pledges.loaded')).first().waitFor();
  }
  if (options.tab) await page.getByRole('tab', { name: options.tab }).click();
  return { server, url, browser, page, traffic };
}

/**
 * The 2026 pool as the Council adopted it with the illustrative round, in English at en-GB, on the
 * Results tab: four states fully deducted (Art. 62), the round's pledges in.
 */
export const ADOPTED_2026_WITH_ROUND = {
  pool: '2026 pool as adopted by the Council',
  round: true,
  tab: 'Results',
  locale: 'en-GB',
  openTimeout: 120_000,
} as const satisfies PaneOptions;

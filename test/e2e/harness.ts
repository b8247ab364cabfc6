import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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

/**
 * The built pane served and opened in headless Chromium over the fake Office.js, once its title
 * shows: the page's uncaught and console errors go to `errors`; Eurostat answers by `eurostat`
 * (by default, nothing found); `before` runs before the page loads; `axe` adds the audit script.
 */
export async function openPane(options: {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly errors: string[];
  readonly locale?: string;
  readonly eurostat?: (url: string) => { status: number; body: string };
  readonly before?: (page: Page) => Promise<void> | void;
  readonly axe?: boolean;
  /** The pane's title to wait for: "Solidarity pool", or its French or German name. */
  readonly title?: string;
  /**
   * The pool to choose on the first view, as the analyst does before writing is offered (issue
   * 16): "Next pool on the latest data" is the pane's default draft, unchanged by the choice.
   */
  readonly pool?: string;
}): Promise<OpenPane> {
  const { server, url } = await serveDist();
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: options.viewport,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  page.on('pageerror', (e) => options.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && options.errors.push(m.text()));
  await options.before?.(page);
  const traffic = await routeTraffic(
    page,
    url,
    await fakeOfficeJs(),
    options.eurostat ?? (() => ({ status: 404, body: '{}' })),
  );
  await page.goto(`${url}/taskpane.html`);
  await page.getByRole('heading', { name: options.title ?? 'Solidarity pool' }).waitFor();
  if (options.axe) await page.addScriptTag({ url: `${url}/__test/axe.min.js` });
  if (options.pool) await page.getByRole('radio', { name: options.pool }).check();
  return { server, url, browser, page, traffic };
}

// Builds the add-in into dist/: the task pane page (which is also the shared runtime of the custom
// functions), functions.js with functions.json generated from its JSDoc, the manifest and the icons.
// `npm run build` is the production build, for a deployment: every development URL is rewritten to
// ADDIN_PUBLIC_URL and the publisher is ADDIN_PUBLISHER, both required. `npm run build:local` (what
// `npm test` runs) builds the same production bundles for the development host instead.
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { version } = require('./package.json');

const DEV_URL = 'https://localhost:3000/';
const EXAMPLE_BUILD =
  'ADDIN_PUBLIC_URL=https://addins.example.org/pact/ ADDIN_PUBLISHER="Your organisation" npm run build';

/**
 * Where the production add-in is served from (ADDIN_PUBLIC_URL, with a trailing slash) and who
 * publishes it (ADDIN_PUBLISHER, the manifest's <ProviderName>). No defaults: a manifest for a host
 * that does not exist cannot be installed, and Office shows the publisher to every user.
 * `--env local` keeps the development host and the source manifest's publisher.
 */
function deployment(env) {
  if (env.local) return { url: DEV_URL, publisher: undefined };
  const missing = ['ADDIN_PUBLIC_URL', 'ADDIN_PUBLISHER'].filter((k) => !process.env[k]?.trim());
  if (missing.length > 0) {
    throw new Error(
      `A production build needs ${missing.join(' and ')}: the https address dist/ will be served ` +
        `from and the publisher Office shows. For example: ${EXAMPLE_BUILD}. ` +
        `To build for the development host ${DEV_URL} instead (as npm test does): npm run build:local.`,
    );
  }
  const raw = process.env.ADDIN_PUBLIC_URL.trim();
  const url = raw.endsWith('/') ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+\//.test(url)) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https URL, got "${raw}". For example: ${EXAMPLE_BUILD}.`,
    );
  }
  const publisher = process.env.ADDIN_PUBLISHER.trim();
  // The manifest schema's ShortString: at most 125 characters.
  if (publisher.length > 125) {
    throw new Error(`ADDIN_PUBLISHER has ${publisher.length} characters; the manifest allows 125.`);
  }
  return { url, publisher };
}

/** The manifest a build ships: no comments, its URLs on the target host, the publisher named. */
function deployedManifest(xml, { url, publisher }) {
  const escape = (t) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const out = rewriteUrls(xml.replace(/<!--[\s\S]*?-->\s*/g, ''), DEV_URL, url);
  return publisher === undefined
    ? out
    : out.replace(
        /<ProviderName>[^<]*<\/ProviderName>/,
        `<ProviderName>${escape(publisher)}</ProviderName>`,
      );
}

/**
 * help.html: the README's function reference, served with the add-in so that each function's help
 * link (functions.json `helpUrl`) opens its own section.
 */
function helpPage() {
  const { marked } = require('marked');
  const readme = require('fs').readFileSync(path.resolve(__dirname, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Function reference');
  const end = start < 0 ? -1 : readme.indexOf('\n## ', start + 1);
  const section =
    start < 0 ? '## Function reference\n' : readme.slice(start, end < 0 ? undefined : end);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>EUPACT functions</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code,pre{font-family:Consolas,monospace;background:#f3f2f1}pre{padding:.5rem;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #c8c6c4;padding:.25rem .5rem;text-align:left}</style>
</head><body>${marked.parse(section)}</body></html>`;
}

/**
 * functions-fr.json, functions-de.json (the manifest's overrides of Functions.Metadata.Url) and
 * their help pages, from the English metadata and src/functions/locales: a missing or extra
 * translation, or a name Excel refuses, fails the build (scripts/localizeFunctions.cjs).
 */
function emitLocalizedFunctions(compilation, english) {
  const {
    LANGUAGES,
    localizeFunctions,
    translationsOf,
  } = require('./scripts/localizeFunctions.cjs');
  const { localizedHelpPage } = require('./scripts/helpPages.cjs');
  for (const language of LANGUAGES) {
    const { json, problems } = localizeFunctions(english, translationsOf(language), language);
    for (const problem of problems) compilation.errors.push(new webpack.WebpackError(problem));
    const file = `functions-${language}.json`;
    compilation.emitAsset(file, new webpack.sources.RawSource(JSON.stringify(json, null, 4)));
    compilation.emitAsset(
      `help-${language}.html`,
      new webpack.sources.RawSource(localizedHelpPage(json, language)),
    );
  }
}

/** Every occurrence, not the first only. */
function rewriteUrls(text, from, to) {
  return text.split(from).join(to);
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const target = dev ? { url: DEV_URL, publisher: undefined } : deployment(env);
  const swc = {
    loader: 'swc-loader',
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2020',
      },
    },
  };
  const griffel = {
    loader: '@griffel/webpack-loader',
    options: {
      babelOptions: { presets: ['@babel/preset-typescript'] },
      modules: [
        {
          moduleSource: '@fluentui/react-components',
          importName: 'makeStyles',
          resetImportName: 'makeResetStyles',
        },
      ],
    },
  };
  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the page's Content-Security-Policy forbids eval. The deployable
    // folder holds none: a production build ships the bundles only.
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // Our modules have no side effects on import: webpack may drop what a chunk does not use
        // (the JSON-stat reader stays out of the first paint unless Eurostat or a file is read).
        { test: /\.tsx?$/, include: path.resolve(__dirname, 'src'), sideEffects: false },
        // Our makeStyles compiled to CSS at build time, as Fluent's own packages ship (Griffel's
        // ahead-of-time mode): the pane computes no style at run time and carries no style compiler
        // (stylis, rtl-css-js) in its first paint (issue 16's budgets).
        { test: /\.tsx?$/, exclude: /node_modules/, use: [griffel, swc] },
        { test: /\.csv$/, type: 'asset/source' },
      ],
    },
    performance: { hints: false },
    // The pane page loads both entries (shared runtime): one webpack runtime and shared chunks, so
    // no module ships twice; what only a command needs (ExcelJS, readers) comes by import().
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          shared: { name: 'shared', chunks: 'initial', minChunks: 2, enforce: true },
          // React and Fluent for the pane's first paint, under a name the bench can report.
          vendor: {
            name: 'vendor',
            test: /[\\/]node_modules[\\/]/,
            chunks: 'initial',
            priority: -5,
          },
        },
      },
    },
    plugins: [
      new webpack.DefinePlugin({ __TOOL_VERSION__: JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Functions first: in the shared runtime this page also registers them.
        chunks: ['runtime', 'shared', 'functions', 'vendor', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Comments are for the developers: the built manifest carries none.
            transform: (content) => deployedManifest(content.toString(), target),
          },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('HelpPage', (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: 'HelpPage', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
              () => compilation.emitAsset('help.html', new webpack.sources.RawSource(helpPage())),
            );
          });
        },
      },
      {
        // functions.json carries help URLs: rewrite them like the manifest's.
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('RewriteFunctionsJson', (compilation) => {
            compilation.hooks.processAssets.tap(
              {
                name: 'RewriteFunctionsJson',
                stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
              },
              () => {
                const asset = compilation.getAsset('functions.json');
                if (!asset) return;
                const text = rewriteUrls(asset.source.source().toString(), DEV_URL, target.url);
                compilation.updateAsset('functions.json', new webpack.sources.RawSource(text));
                emitLocalizedFunctions(compilation, JSON.parse(text));
              },
            );
          });
        },
      },
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
      server:
        dev && env.WEBPACK_SERVE ? { type: 'https', options: await devHttpsOptions() } : undefined,
    },
  };
};

/** The Office development certificate (office-addin-dev-certs), trusted by Excel on this machine. */
async function devHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

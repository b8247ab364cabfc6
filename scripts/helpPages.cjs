// The help page of the functions in French and German (help-fr.html, help-de.html): the
// introduction of src/functions/locales/help-<lang>.md, then each function as its localized
// metadata describes it (name, syntax, description, arguments), under the anchors the metadata's
// helpUrl points to (#fairshare, ...). The English page is the README's function reference.
const fs = require('fs');
const path = require('path');

const escapeHtml = (t) =>
  String(t)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

// excelErrors: rule 9 of ../shared/excel-rules.md (Microsoft, "Handle and return errors from your
// custom function: Errors as custom function inputs"): the metadata does not set
// allowErrorForDataTypeAny, so Excel does not call a function whose argument holds an error.
const HEADINGS = {
  fr: {
    title: 'Fonctions EUPACT',
    args: 'Arguments',
    optional: 'facultatif',
    excelErrors:
      'Une erreur d’Excel dans un argument (#DIV/0!, #N/A…) s’affiche telle quelle : Excel n’appelle pas la fonction.',
  },
  de: {
    title: 'EUPACT-Funktionen',
    args: 'Argumente',
    optional: 'optional',
    excelErrors:
      'Ein Excel-Fehler in einem Argument (#DIV/0!, #NV …) wird unverändert angezeigt: Excel ruft die Funktion nicht auf.',
  },
};

function localizedHelpPage(metadata, language) {
  const { marked } = require('marked');
  const words = HEADINGS[language];
  const intro = fs.readFileSync(
    path.resolve(__dirname, `../src/functions/locales/help-${language}.md`),
    'utf8',
  );
  const sections = metadata.functions.map((f) => {
    const anchor = f.id.toLowerCase();
    const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join('; ');
    const rows = f.parameters
      .map(
        (p) =>
          `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? ` (${words.optional})` : ''}</td><td>${escapeHtml(p.description)}</td></tr>`,
      )
      .join('');
    return `<section id="${anchor}"><h3>EUPACT.${escapeHtml(f.name)}</h3>
<pre>=EUPACT.${escapeHtml(f.name)}(${escapeHtml(args)})</pre><p>${escapeHtml(f.description)}</p>
<table><tr><th>${words.args}</th><th></th></tr>${rows}</table><p>${escapeHtml(words.excelErrors)}</p></section>`;
  });
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${words.title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
code,pre{font-family:Consolas,monospace;background:#f3f2f1}pre{padding:.5rem;overflow:auto}
table{border-collapse:collapse}td,th{border:1px solid #c8c6c4;padding:.25rem .5rem;text-align:left}</style>
</head><body>${marked.parse(intro)}${sections.join('\n')}</body></html>`;
}

module.exports = { localizedHelpPage };

// The custom functions' metadata in French and German, built from the English functions.json
// (generated from the JSDoc of src/functions/functions.ts) and src/functions/locales/<lang>.json,
// as Microsoft's "Custom functions naming and localization" describes: one metadata file per
// language, names, descriptions and parameter names and descriptions translated, ids unchanged
// (they are what workbooks store), the manifest pointing each locale to its file
// (<bt:Url id="Functions.Metadata.Url"> with <bt:Override Locale=...>). The build fails on any
// problem: a function or parameter without its translation (or one the English lacks), a name
// Excel refuses or two functions under one name.
const fs = require('fs');
const path = require('path');

const LANGUAGES = ['fr', 'de'];
const LOCALES_DIR = path.resolve(__dirname, '../src/functions/locales');

/**
 * "Custom functions naming and localization": a name starts with a letter, has at least three
 * characters, only letters, underscores and periods (and digits, as the English ART63_STATUS), and
 * must not read as a cell reference (A1 to XFD1048576, R1C1).
 */
function nameProblem(name) {
  if (typeof name !== 'string' || !/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(name)) {
    return `"${name}" is not a function name Excel accepts (a letter first, then at least two letters, digits, underscores or periods)`;
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name)) {
    return `"${name}" reads as a cell reference`;
  }
  return undefined;
}

/** The localized metadata of one language, and every problem found (empty when it can ship). */
function localizeFunctions(english, translations, language) {
  const problems = [];
  const file = `src/functions/locales/${language}.json`;
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id))
      problems.push(`${file}: "${id}" is no function of functions.json: remove it.`);
  }
  const names = new Map();
  const functions = english.functions.map((f) => {
    const t = translations[f.id];
    if (!t) {
      problems.push(
        `${file}: no translation of ${f.id}: add "${f.id}": { "name", "description", "parameters" }.`,
      );
      return f;
    }
    const bad = nameProblem(t.name);
    if (bad) problems.push(`${file}: ${f.id}: ${bad}.`);
    const key = String(t.name).toUpperCase();
    if (names.has(key))
      problems.push(`${file}: ${f.id} and ${names.get(key)} are both named ${t.name}.`);
    names.set(key, f.id);
    if (typeof t.description !== 'string' || t.description.trim() === '') {
      problems.push(`${file}: ${f.id}: the description is empty.`);
    }
    const given = t.parameters ?? {};
    const known = new Set(f.parameters.map((p) => p.name));
    for (const p of Object.keys(given)) {
      if (!known.has(p))
        problems.push(`${file}: ${f.id}: "${p}" is no parameter of ${f.id}: remove it.`);
    }
    const parameterNames = new Set();
    const parameters = f.parameters.map((p) => {
      const pair = given[p.name];
      if (
        !Array.isArray(pair) ||
        pair.length !== 2 ||
        pair.some((s) => typeof s !== 'string' || !s.trim())
      ) {
        problems.push(`${file}: ${f.id}: parameter ${p.name} needs ["name", "description"].`);
        return p;
      }
      const [name, description] = pair;
      if (!/^\p{L}[\p{L}\p{N}_]*$/u.test(name)) {
        problems.push(
          `${file}: ${f.id}: parameter name "${name}" must be letters, digits and underscores.`,
        );
      }
      if (parameterNames.has(name))
        problems.push(`${file}: ${f.id}: two parameters named ${name}.`);
      parameterNames.add(name);
      return { ...p, name, description };
    });
    const helpUrl = f.helpUrl?.replace(/help\.html/, `help-${language}.html`);
    return {
      ...f,
      name: t.name,
      description: t.description,
      parameters,
      ...(helpUrl ? { helpUrl } : {}),
    };
  });
  return { json: { ...english, functions }, problems };
}

/** src/functions/locales/<language>.json, parsed. */
function translationsOf(language) {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${language}.json`), 'utf8'));
}

module.exports = { LANGUAGES, localizeFunctions, translationsOf, nameProblem };

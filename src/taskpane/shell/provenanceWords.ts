import type { Provenance } from '../../data';

/**
 * Eurostat dimension codes in words, as Eurostat's own code lists label them (the SDMX code lists
 * of demo_pjan, nama_10_gdp, migr_asytpsm and migr_asyappctza). Unknown codes stay as they are.
 */
const CODES: Readonly<Record<string, string>> = {
  'age TOTAL': 'all ages',
  'sex T': 'both sexes',
  'na_item B1GQ': 'gross domestic product at market prices',
  'unit CP_MEUR': 'current prices, million euro',
  'unit PER': 'persons',
  'unit PERS': 'persons',
  'citizen EXT_EU27_2020': 'non-EU citizens',
  'indic_de JAN': 'population on 1 January',
};

/**
 * What the figure is first, Eurostat's code second (issue 16): "Eurostat nama_10_gdp (na_item
 * B1GQ, unit CP_MEUR)" → "Gross domestic product at market prices, current prices, million euro
 * (Eurostat nama_10_gdp)". A dataset that says nothing in words stays as it is.
 */
export function datasetInWords(dataset: string): string {
  const m = /^(Eurostat \S+) \(([^)]*)\)(.*)$/.exec(dataset);
  if (!m) return dataset;
  const [, code = '', inner = '', rest = ''] = m;
  const parts = inner.split(/,\s*/).map((part) => {
    const key = part.replace('=', ' ').trim();
    const known = Object.keys(CODES).find((k) => key === k || key.startsWith(`${k}:`));
    if (!known) return part;
    // "indic_de JAN: population on 1 January" already says it in words.
    return key === known ? (CODES[known] ?? part) : key.slice(known.length + 1).trim();
  });
  const words = parts.join(', ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${code})${rest}`;
}

/** Placeholders a reader puts where a file says nothing of its release. */
const UNSTATED = /^(as stated in the file|not stated|as entered)/i;

/**
 * Where a series comes from, said once: the dataset in words, its release when known, and where it
 * was loaded from when that adds something ("File x.csv" need not be followed by "from file x.csv").
 */
export function provenanceInWords(p: Provenance, origin?: string): string {
  const parts = [datasetInWords(p.dataset)];
  if (p.release && !UNSTATED.test(p.release)) parts.push(`release ${p.release}`);
  const text = parts.join(', ');
  const from =
    origin && !text.toLowerCase().includes(origin.replace(/^(file|table) /i, '').toLowerCase())
      ? ` (from ${origin})`
      : '';
  return `${text}${from}`;
}

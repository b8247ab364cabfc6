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

/** "Eurostat nama_10_gdp (na_item B1GQ, unit CP_MEUR)" → "Eurostat nama_10_gdp: gross domestic … euro". */
export function datasetInWords(dataset: string): string {
  return dataset.replace(/\s*\(([^)]*)\)/, (whole, inner: string) => {
    let changed = false;
    const parts = inner.split(/,\s*/).map((part) => {
      const key = part.replace('=', ' ').trim();
      const code = Object.keys(CODES).find((k) => key === k || key.startsWith(`${k}:`));
      if (!code) return part;
      changed = true;
      // "indic_de JAN: population on 1 January" already says it in words.
      return key === code ? CODES[code] : key.slice(code.length + 1).trim();
    });
    return changed ? `: ${parts.join(', ')}` : whole;
  });
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

/** The indicators the tool knows: their units, and the Eurostat dataset each comes from. */
export interface IndicatorInfo {
  readonly id: string;
  readonly label: string;
  /** A short name for column headers. */
  readonly short: string;
  readonly unit: string;
  readonly eurostatDataset?: string;
  /** The article or annex that uses it. */
  readonly basis: string;
  /** Whether it enters the fair share (Annex I) or is a pressure indicator (Art. 9, 10). */
  readonly role: 'fair-share' | 'pressure';
}

export const INDICATORS: readonly IndicatorInfo[] = [
  {
    id: 'population',
    short: 'Population',
    label: 'Population on 1 January',
    unit: 'persons',
    eurostatDataset: 'demo_pjan',
    basis: 'Art. 66, Annex I',
    role: 'fair-share',
  },
  {
    id: 'gdp',
    short: 'GDP',
    label: 'GDP at current market prices',
    unit: 'million EUR',
    eurostatDataset: 'nama_10_gdp',
    basis: 'Art. 66, Annex I',
    role: 'fair-share',
  },
  {
    id: 'asylumFirstTime',
    short: 'First-time applicants',
    label: 'First-time asylum applicants',
    unit: 'persons',
    eurostatDataset: 'migr_asyappctza',
    basis: 'Art. 9(2)',
    role: 'pressure',
  },
  {
    id: 'temporaryProtection',
    short: 'Temporary protection',
    label: 'Beneficiaries of temporary protection',
    unit: 'persons (end of month)',
    eurostatDataset: 'migr_asytpsm',
    basis: 'Art. 9(2)',
    role: 'pressure',
  },
  {
    id: 'irregularArrivals',
    short: 'Irregular arrivals',
    label: 'Irregular arrivals',
    unit: 'persons',
    basis: 'Art. 9(2)',
    role: 'pressure',
  },
  {
    id: 'sarDisembarkations',
    short: 'SAR arrivals',
    label: 'Arrivals after search-and-rescue operations',
    unit: 'persons',
    basis: 'Art. 9(2), 57(2)',
    role: 'pressure',
  },
];

const BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

export function indicatorInfo(id: string): IndicatorInfo {
  return (
    BY_ID.get(id) ?? {
      id,
      label: id,
      short: id,
      unit: '',
      basis: 'analyst-defined',
      role: 'pressure',
    }
  );
}

import { wholePersons, type ScenarioResult } from '../../core';
import type { PublishedFigure } from '../../data';
import { FORMAT } from '../format';
import { byCode, here } from '../formulas';
import type { Block, TableSpec } from '../types';
import { FAIR_SHARE_TABLE, FS } from './fairShareSheet';

export const PUBLISHED_TABLE = 'PublishedFigures';
export const PUB = {
  code: 'Code',
  publishedShare: 'Published fair share',
  share: 'Fair share here',
  shareDifference: 'Difference (points)',
  total: 'Relocation total',
  publishedRelocations: 'Published relocations',
  relocations: 'Relocations here',
  persons: 'Whole persons here',
  relocationsDifference: 'Difference (relocations)',
  source: 'Published in',
} as const;

/**
 * The published figures beside the tool's, with the difference: never used to adjust a figure.
 * Relocations are taken of the total the published figure is a share of, whatever this scenario's.
 */
function publishedTable(
  published: readonly PublishedFigure[],
  result: ScenarioResult,
): TableSpec | undefined {
  const t = PUBLISHED_TABLE;
  const shares = new Map(result.fairShares.map((f) => [f.code, f.fairShare]));
  const rows = published.flatMap((p) => {
    const share = shares.get(p.code);
    if (share === undefined) return [];
    return [
      [
        p.code,
        p.fairShare,
        { formula: byCode(t, FAIR_SHARE_TABLE, FS.fairShare), expected: share },
        {
          formula: `(${here(t, PUB.share)}-${here(t, PUB.publishedShare)})*100`,
          expected: (share - p.fairShare) * 100,
        },
        p.relocationsTotal,
        p.relocations,
        {
          formula: `${here(t, PUB.share)}*${here(t, PUB.total)}`,
          expected: share * p.relocationsTotal,
        },
        // The Council prints whole persons: the exact figure rounded, as the Pool sheet shows it.
        {
          formula: `ROUND(${here(t, PUB.relocations)},0)`,
          expected: wholePersons(share * p.relocationsTotal),
        },
        {
          formula: `${here(t, PUB.relocations)}-${here(t, PUB.publishedRelocations)}`,
          expected: share * p.relocationsTotal - p.relocations,
        },
        `${p.fairShareSource} (fair share); ${p.relocationsSource} (relocations)`,
      ],
    ];
  });
  if (rows.length === 0) return undefined;
  return {
    name: t,
    totalsRow: false,
    columns: [
      { header: PUB.code, role: 'label', width: 7 },
      { header: PUB.publishedShare, role: 'data', width: 12, numberFormat: FORMAT.share },
      { header: PUB.share, role: 'computed', width: 12, numberFormat: FORMAT.share },
      {
        header: PUB.shareDifference,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.signedPoints,
        description: 'Here − published, in percentage points',
      },
      { header: PUB.total, role: 'data', width: 11, numberFormat: FORMAT.count },
      { header: PUB.publishedRelocations, role: 'data', width: 12, numberFormat: FORMAT.count },
      {
        header: PUB.relocations,
        role: 'computed',
        width: 12,
        numberFormat: FORMAT.decimal1,
        description: 'Fair share here × the relocation total the published figure is of',
      },
      {
        header: PUB.persons,
        role: 'computed',
        width: 11,
        numberFormat: FORMAT.count,
        description: 'Relocations here in whole persons, as the Council prints its figures',
      },
      {
        header: PUB.relocationsDifference,
        role: 'computed',
        width: 13,
        numberFormat: FORMAT.signedDecimal1,
      },
      { header: PUB.source, role: 'label', width: 60, wrap: true },
    ],
    rows,
  };
}

export function publishedBlocks(
  published: readonly PublishedFigure[] | undefined,
  result: ScenarioResult,
): Block[] {
  const table = published && publishedTable(published, result);
  if (!table) return [];
  return [
    { kind: 'blank' },
    { kind: 'heading', text: 'Published figures beside this workbook’s' },
    {
      kind: 'text',
      text:
        'For the states with a published figure: the published value, the value computed here and ' +
        'the difference. The figures here are never adjusted to match.',
    },
    { kind: 'table', table },
  ];
}

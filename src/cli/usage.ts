import {
  DEFAULT_PRESET,
  IMPLEMENTATION_CSV_HEADER,
  INDICATORS,
  NEEDS_CSV_HEADER,
  PLEDGES_CSV_HEADER,
  PRESETS,
  vintageIds,
} from '../data';
import { FILE_READING_USAGE } from './fileReading';

/** What `npm run pool -- --help` prints: every option, what it is for, the article behind it. */
export const USAGE = `Usage: npm run pool -- [options]

Writes the solidarity pool workbook (Indicators, Fair share, Pool, Pressure, Methodology; with
--pledges also Pledges and Balance), or copies of it for delegations (--share).

  --scenario NAME          ${PRESETS.map((p) => p.id).join(' | ')} (default ${DEFAULT_PRESET})
  --data VINTAGE           bundled data: ${vintageIds().join(' | ')} (default: the scenario's)
  --relocations N          relocation total; alone, the financial total follows at the ratio
  --financial EUR          financial total in euros; alone, the relocations follow at the ratio
  --eur-per-relocation EUR value of one relocation (default 20000: the ratio kept, Art. 12(3))
                           (--relocations and --financial are the Commission proposal's, Art. 12(2))
  --council-relocations N  the Council's reference number of relocations (Art. 57(1))
  --council-financial EUR  the Council's reference financial number (Art. 57(1))
  --no-council-act         no Council act yet: fair shares on the proposal (Art. 12(2))
  --reconvened-forum       the High-Level Forum was reconvened (Art. 13(4)): Art. 63(3) can apply
  --systemic-shortcomings CODE[:ARTICLE][=DECISION]
                           a benefitting state with systemic shortcomings (Art. 60(3)), found in an
                           Art. 11 (default) or 59(4) decision; repeatable
  --art63-cap every-type|people-only
                           the reading of the Art. 63(7) cap (default every-type)
  --sar-percent P          the SAR indicative percentage (Art. 12(5), 57(2)), 0 to 100
  --sar-states CODE,...    the states it concerns (default: the preset's)
  --pledges FILE.csv       a pledging round (columns: ${PLEDGES_CSV_HEADER})
  --implementation FILE.csv
                           with --pledges: implementation records, adding the Implementation sheet
                           (columns: ${IMPLEMENTATION_CSV_HEADER})
  --needs FILE.csv         with --implementation: needs declared (columns: ${NEEDS_CSV_HEADER})
  --year YYYY              with --implementation: the pool's year (default: the scenario's)
  --indicators [ID[:PERIOD]=]FILE
                           replace the series a file holds (long CSV, SDMX-CSV, Eurostat TSV or
                           JSON-stat), validated as in the task pane; repeatable. ID is one of
                           ${INDICATORS.map((i) => i.id).join(', ')}
${FILE_READING_USAGE}
  --out FILE               the workbook to write (default solidarity-pool.xlsx)
  --share                  write a copy for delegations (marking, native formulas only)
  --delegation CODE|each   with --share: one delegation's lines only, or one file per state
  --marking TEXT           with --share: the marking (default: by the stage, Art. 12(6): classified
                           while a scenario in the copy has no Council act, public once adopted)
  --compare NAME           add a Compare sheet against another preset (${PRESETS.map((p) => p.id).join(' | ')})
  --share-compare          with --share and --compare: put the Compare sheet in the copy (left out
                           by default: a working view; against a proposal, not public, Art. 12(6))
  --force                  overwrite FILE if it exists
  --json                   print the pool table as JSON instead of writing a workbook
  --version                the tool's version
  --help                   this text

Relative paths are taken from the folder you run npm in. Exit codes: 0 done, 1 a file or the data
cannot be used (nothing written), 2 a mistake in the command (nothing written).`;

import { Field, Select, Text } from '@fluentui/react-components';
import type { Dispatch } from 'react';
import { INDICATORS } from '../../data';
import { indicatorName } from '../../report/words/indicatorWords';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';
import { useSeriesImport } from '../useSeriesImport';
import { useWords } from '../words';
import { EurostatFetch } from './EurostatFetch';
import { FileReviewRegion } from './FileReviewRegion';
import { ImportSources } from './ImportSources';
import { useImportStyles } from './importStyles';
import { PendingSeries } from './PendingSeries';

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
}

/** Replaces one indicator's series from a file, a workbook table or Eurostat, validated first. */
export function ImportSection({ state, dispatch, services }: Props) {
  const s = useImportStyles();
  const w = useWords();
  const io = useSeriesImport({ state, dispatch, services });
  const { source } = io;
  const review = state.review;

  return (
    <section className={s.box} aria-labelledby="replace-heading">
      <Text weight="semibold" id="replace-heading" as="h2" className={s.heading} size={300}>
        {w.t('import.heading')}
      </Text>
      <Field label={w.t('import.indicator')} size="small">
        <Select
          select={{ className: s.select }}
          size="small"
          value={io.indicator}
          onChange={(_, d) => io.chooseIndicator(d.value)}
        >
          {INDICATORS.map((i) => (
            <option key={i.id} value={i.id}>
              {indicatorName(w, i.id)}
            </option>
          ))}
        </Select>
      </Field>
      <ImportSources
        busy={io.busy}
        fileInput={io.fileInput}
        onFile={(file) => void io.onFile(file)}
        onTables={() => void io.onTables()}
        tables={io.tables}
        onTable={(name) => void io.onTable(name)}
      />
      <EurostatFetch
        indicator={io.indicator}
        query={io.query}
        indicatorWords={io.indicatorWords}
        period={io.eurostatPeriod}
        onPeriod={io.setEurostatPeriod}
        busy={io.busy}
        onFetch={() => void io.onEurostat()}
      />

      <PendingSeries
        pending={io.pending}
        indicatorWords={io.indicatorWords}
        period={io.period}
        onPeriod={io.setPeriod}
        valueColumn={io.valueColumn}
        onValueColumn={io.setValueColumn}
        onLoad={(p) => io.finish(p.read, io.period, p.origin, p.provenance)}
        onCheckGrid={(p) => io.checkGrid(p.grid, p.origin, p.provenance)}
      />

      <FileReviewRegion
        review={review}
        dispatch={dispatch}
        onReread={
          source && review?.origin.kind === 'file' && review.origin.name === source.name
            ? (reading) =>
                void io.readText(
                  { ...source, reading: { ...source.reading, ...reading } },
                  source.provenanceOf,
                )
            : undefined
        }
      />
    </section>
  );
}

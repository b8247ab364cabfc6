import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useState, type Dispatch } from 'react';
import {
  indicatorInfo,
  VINTAGES,
  gapsOf,
  type IndicatorSeries,
  type IndicatorSet,
} from '../../data';
import { displayLocale, formatNumber } from '../locale';
import type { PaneServices } from '../services';
import { indicatorName } from '../../report/words/indicatorWords';
import type { Words } from '../../report/words';
import { provenanceParts, type ProvenanceParts } from '../shell/provenanceWords';
import { useWords } from '../words';
import type { Action, PaneState } from '../state';
import { preloaded } from '../preload';

// Replacing a series (its readers, Eurostat) is a chunk of its own, fetched at once: the first
// paint shows the data in use without waiting for it.
const ImportSection = preloaded(
  () => import('./ImportSection'),
  (m) => m.ImportSection,
);
// The vintage list (Fluent's Field and Select) likewise: fetched at once, out of the first paint.
const VintagePicker = preloaded(
  () => import('./VintagePicker'),
  (m) => m.VintagePicker,
);

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: 'none',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  summary: {
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  values: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  value: { textAlign: 'right', whiteSpace: 'nowrap', margin: 0 },
  flag: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  // A small label in Fluent's badge colours (tint): states covered, series replaced.
  chip: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: '1px solid transparent',
    whiteSpace: 'nowrap',
  },
  complete: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  gaps: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  missing: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
  replaced: {
    color: tokens.colorBrandForeground1,
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
  pending: { minHeight: '180px' },
  vintage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const FLAGS = ['p', 'e', 'b', 'd', 'u', 'c', 'f', 's'] as const;

/** Eurostat's observation flags in words, as its code list OBS_FLAG names them. */
function flagWords(w: Words, flag: string): string {
  return [...flag]
    .map((f) =>
      (FLAGS as readonly string[]).includes(f)
        ? w.t(`dataTab.flag.${f as (typeof FLAGS)[number]}`)
        : f,
    )
    .join(', ');
}

/**
 * The loaded values, state by state, with Eurostat's flags in words: folded until asked, and only
 * then drawn (five lists of about 30 states each, sorted by name, would otherwise be built on every
 * visit to the tab while nobody reads them: issue 16's budgets).
 */
function Values({ series }: { readonly series: IndicatorSeries }) {
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  const [open, setOpen] = useState(false);
  const observations = [...series.observations.values()];
  const flagged = observations.filter((o) => o.flag).length;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={s.summary}>
        {flagged > 0
          ? w.t('dataTab.valuesFlagged', {
              n: formatNumber(observations.length, locale),
              flagged: formatNumber(flagged, locale),
            })
          : w.t('dataTab.values', { n: formatNumber(observations.length, locale) })}
      </summary>
      {open && (
        <dl className={s.values}>
          {observations
            .sort((a, b) => w.state(a.code).localeCompare(w.state(b.code), w.language))
            .map((o) => (
              <div key={o.code} style={{ display: 'contents' }}>
                <dt>{w.state(o.code)}</dt>
                <dd className={s.value}>
                  {formatNumber(o.value, locale, 1)}
                  {o.flag && (
                    <span className={s.flag} title={flagWords(w, o.flag)}>
                      {' '}
                      {o.flag} ({flagWords(w, o.flag)})
                    </span>
                  )}
                </dd>
              </div>
            ))}
        </dl>
      )}
    </details>
  );
}

interface Props {
  readonly state: PaneState;
  readonly data: IndicatorSet;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
}

/** Which data the tables use: a bundled vintage, series replaced from a file, a table or Eurostat. */
export function DataTab({ state, data, dispatch, services }: Props) {
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  const vintage = VINTAGES.find((v) => v.id === state.vintage);
  const participants = state.scenario.participants;
  return (
    <div className={s.section}>
      <div className={s.vintage}>
        <Suspense fallback={null}>
          <VintagePicker vintage={state.vintage} dispatch={dispatch} />
        </Suspense>
        {vintage && (
          // What the figures are, folded: the first view stays short at 350 px.
          <details>
            <summary className={s.summary}>{w.t('dataTab.about')}</summary>
            <Caption1>{vintage.description}</Caption1>
          </details>
        )}
      </div>
      <Suspense fallback={<div className={s.pending} />}>
        <ImportSection state={state} dispatch={dispatch} services={services} />
      </Suspense>
      <section aria-labelledby="in-use">
        <Text weight="semibold" id="in-use" as="h2" className={s.heading} size={300}>
          {w.t('dataTab.inUse')}
        </Text>
        <ul className={s.list}>
          {data.series.map((series) => {
            const info = indicatorInfo(series.indicator);
            const gaps = gapsOf(series, participants);
            const replaced = state.replacements.find(
              (r) => r.series.indicator === series.indicator,
            );
            return (
              <li key={series.indicator} className={s.item}>
                <div className={s.row}>
                  <Text weight="semibold" size={200}>
                    {indicatorName(w, info.id)} {series.period}
                  </Text>
                  <span
                    className={mergeClasses(
                      s.chip,
                      gaps.length === 0
                        ? s.complete
                        : info.role === 'fair-share'
                          ? s.missing
                          : s.gaps,
                    )}
                  >
                    {w.t('dataTab.states', {
                      have: formatNumber(participants.length - gaps.length, locale),
                      all: formatNumber(participants.length, locale),
                    })}
                  </span>
                  {replaced && (
                    <span className={mergeClasses(s.chip, s.replaced)}>
                      {w.t('dataTab.replaced')}
                    </span>
                  )}
                </div>
                <Provenance
                  parts={provenanceParts(series.provenance, w, locale, replaced?.origin)}
                />
                {gaps.length > 0 && (
                  <Caption1>{w.t('dataTab.gaps', { codes: gaps.join(', ') })}</Caption1>
                )}
                <Values series={series} />
                {replaced && (
                  <div>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => dispatch({ type: 'revert', indicator: series.indicator })}
                    >
                      {w.t('dataTab.revert', {
                        indicator: indicatorName(w, info.id, 'short').toLowerCase(),
                      })}
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** A series' source: the dataset as the data names it, in English (marked so), then the pane's words. */
function Provenance({ parts }: { readonly parts: ProvenanceParts }) {
  return (
    <Caption1>
      <span lang="en">{parts.dataset}</span>
      {parts.released ? `, ${parts.released}` : ''}
      {parts.from ? ` (${parts.from})` : ''}
    </Caption1>
  );
}

import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';
import type { Art63Assessment, ThreePools } from '../../core';
import { formatMillions, formatNumber, formatPercent } from '../locale';
import { useWords } from '../words';
import { useHeldInView } from './heldInView';
import { useTyping, type TypingFlag } from './typingFlag';

const useStyles = makeStyles({
  // Held at the bottom of the scrolling body: in view whatever row is being typed, and never over
  // the grid's column headers, which hold the top.
  root: {
    position: 'sticky',
    bottom: `calc(-1 * ${tokens.spacingVerticalM})`,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    fontVariantNumeric: 'tabular-nums',
  },
  line: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  chips: { display: 'flex', flexWrap: 'wrap', gap: '4px', margin: 0, padding: 0 },
  chip: { listStyleType: 'none' },
  // A threshold's words wrap inside its chip rather than run out of the pane.
  badge: { whiteSpace: 'normal', height: 'auto', textAlign: 'start', paddingBlock: '1px' },
});

interface Props {
  readonly pools: ThreePools | undefined;
  readonly art63: Art63Assessment | undefined;
  readonly locale: string;
  /** Whether a cell is being typed: the figures are then busy (aria-busy), and announced once. */
  readonly typing: TypingFlag;
}

/**
 * The pool as the pledges stand, updated as the analyst types: pledged and to be implemented
 * (Art. 63(4)), in relocations and euros, the share of the pool covered in value, and each
 * threshold of Art. 63 met or not (the core's assessment, facts only; words here). Drawn again only
 * when the pools or the assessment change, not for a keystroke that leaves them as they were.
 */
export const PoolSummary = memo(function PoolSummary({ pools, art63, locale, typing }: Props) {
  const s = useStyles();
  const w = useWords();
  // Fields the keyboard reaches scroll clear of the summary: it reserves its height.
  const held = useHeldInView('bottom');
  if (!pools || !art63) return null;
  const n = (x: number) => formatNumber(x, locale);
  const coverage =
    pools.reference.valueEur > 0 ? pools.pledged.valueEur / pools.reference.valueEur : 0;
  const m = art63.mandatory;
  // Short, one line each at 350 px; the threshold's meaning in its title and in the round's text.
  const chips: [string, string, boolean][] = [
    [
      `63(1) ≥ ${n(art63.request.threshold)}`,
      w.t('pledges.chip.requestMeaning'),
      art63.request.met,
    ],
    [`63(3)(a) ≥ ${n(m.floor)}`, w.t('pledges.chip.floorMeaning'), !m.gross.belowFloor],
    [`63(3)(b) ≥ ${n(m.shareThreshold)}`, w.t('pledges.chip.shareMeaning'), !m.gross.belowShare],
    [w.t('pledges.chip.net', { n: n(m.target) }), w.t('pledges.chip.netMeaning'), !m.net.below],
  ];
  return (
    <section ref={held} className={s.root} aria-label={w.t('pledges.summary')}>
      <Figures typing={typing}>
        <Text size={200} className={s.line}>
          <strong>{w.t('pledges.pledged')}</strong>
          <span>{w.t('pledges.relocations', { n: n(pools.pledged.relocations) })}</span>
          <span>
            {w.t('pledges.eur', { amount: formatMillions(pools.pledged.financialEur, locale) })}
          </span>
          <span>
            {w.t('pledges.coverage', {
              share: formatPercent(coverage, locale),
              value: formatMillions(pools.reference.valueEur, locale),
            })}
          </span>
        </Text>
        <Text size={200} className={s.line}>
          <strong>{w.t('pledges.toImplement')}</strong>
          <span>{w.t('pledges.relocations', { n: n(pools.toImplement.relocations) })}</span>
          <span>
            {w.t('pledges.eur', { amount: formatMillions(pools.toImplement.financialEur, locale) })}
          </span>
        </Text>
      </Figures>
      <ul className={s.chips} aria-label={w.t('pledges.thresholds')}>
        <li className={s.chip}>
          <Text size={200} weight="semibold">
            {w.t('pledges.art')}
          </Text>
        </li>
        {chips.map(([label, meaning, met]) => (
          <li key={label} className={s.chip} title={meaning}>
            <Badge
              className={s.badge}
              appearance="tint"
              size="medium"
              shape="rounded"
              color={met ? 'success' : 'danger'}
            >
              {w.t(met ? 'pledges.met' : 'pledges.notMet', { label })}
            </Badge>
          </li>
        ))}
      </ul>
      {m.status === 'conditional' && <Caption1>{w.t('pledges.conditional')}</Caption1>}
    </section>
  );
});

/**
 * The summary's figures, drawn as typed and announced once the cell is left: while a cell is being
 * typed the region is busy, which tells a screen reader to wait for the figures to settle (WAI-ARIA
 * aria-busy) rather than read them after each digit. The flag draws this box again, not the
 * figures inside it, which are the same elements as before.
 */
function Figures({ typing, children }: { typing: TypingFlag; children: ReactNode }) {
  const busy = useTyping(typing);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" aria-busy={busy}>
      {children}
    </div>
  );
}

import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Art63Assessment, ThreePools } from '../../core';
import { formatMillions, formatNumber, formatPercent } from '../locale';

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
}

/**
 * The pool as the pledges stand, updated as the analyst types: pledged and to be implemented
 * (Art. 63(4)), in relocations and euros, the share of the pool covered in value, and each
 * threshold of Art. 63 met or not (the core's assessment, facts only; words here).
 */
export function PoolSummary({ pools, art63, locale }: Props) {
  const s = useStyles();
  if (!pools || !art63) return null;
  const n = (x: number) => formatNumber(x, locale);
  const coverage =
    pools.reference.valueEur > 0 ? pools.pledged.valueEur / pools.reference.valueEur : 0;
  const m = art63.mandatory;
  // Short, one line each at 350 px; the threshold's meaning in its title and in the round's text.
  const chips: [string, string, boolean][] = [
    [
      `63(1) ≥ ${n(art63.request.threshold)}`,
      'Art. 63(1): relocation pledges at least 50 % of the number in the Commission proposal',
      art63.request.met,
    ],
    [
      `63(3)(a) ≥ ${n(m.floor)}`,
      'Art. 63(3)(a): relocation pledges not below the number of Art. 12(2)(a)',
      !m.gross.belowFloor,
    ],
    [
      `63(3)(b) ≥ ${n(m.shareThreshold)}`,
      'Art. 63(3)(b): relocation pledges not below 60 % of the reference number',
      !m.gross.belowShare,
    ],
    [
      `63(4) net ≥ ${n(m.target)}`,
      'Art. 63(4): the relocation pledges to be implemented not below the higher of the two numbers',
      !m.net.below,
    ],
  ];
  return (
    <section className={s.root} aria-label="The pool as pledged" data-sticky-bottom="">
      <div role="status" aria-live="polite" aria-atomic="true">
        <Text size={200} className={s.line}>
          <strong>Pledged</strong>
          <span>{n(pools.pledged.relocations)} relocations</span>
          <span>EUR {formatMillions(pools.pledged.financialEur, locale)}</span>
          <span>
            {formatPercent(coverage, locale)} of the pool’s value (EUR{' '}
            {formatMillions(pools.reference.valueEur, locale)})
          </span>
        </Text>
        <Text size={200} className={s.line}>
          <strong>To be implemented</strong>
          <span>{n(pools.toImplement.relocations)} relocations</span>
          <span>EUR {formatMillions(pools.toImplement.financialEur, locale)}</span>
        </Text>
      </div>
      <ul className={s.chips} aria-label="Art. 63 thresholds">
        <li className={s.chip}>
          <Text size={200} weight="semibold">
            Art.
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
              {label}: {met ? 'met' : 'not met'}
            </Badge>
          </li>
        ))}
      </ul>
      {m.status === 'conditional' && (
        <Caption1>
          Offsets mandatory only if still below after a reconvened Forum (Art. 13(4)).
        </Caption1>
      )}
    </section>
  );
}

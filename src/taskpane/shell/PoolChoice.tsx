import { Caption1, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useWords } from '../words';
import { poolName, poolStatus, poolsInOrder } from './poolWords';

const useStyles = makeStyles({
  group: { gap: 0 },
  option: { display: 'flex', flexDirection: 'column' },
  // The status under its pool's name, aligned with the name rather than the circle.
  status: {
    paddingLeft: `calc(${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalS})`,
    marginTop: `-${tokens.spacingVerticalXS}`,
    marginBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

interface Props {
  /** The pool the analyst chose; undefined until they choose (the default is nobody's choice). */
  readonly chosen: string | undefined;
  readonly onChoose: (id: string) => void;
  /** Each new value moves focus to the choice (the footer's "Choose the pool" leads here). */
  readonly focusRequest?: number;
  readonly labelledBy: string;
}

/** Which pool the analyst works on, in words, each with where it stands (issue 16). */
export function PoolChoice({ chosen, onChoose, focusRequest, labelledBy }: Props) {
  const s = useStyles();
  const w = useWords();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const first =
      group.current?.querySelector<HTMLInputElement>('input:checked') ??
      group.current?.querySelector<HTMLInputElement>('input');
    // Focus brings it into view.
    first?.focus();
  }, [focusRequest]);
  return (
    <RadioGroup
      ref={group}
      className={s.group}
      aria-labelledby={labelledBy}
      value={chosen ?? ''}
      onChange={(_, d) => onChoose(d.value)}
    >
      {poolsInOrder().map((p) => (
        <div key={p.id} className={s.option}>
          <Radio value={p.id} label={poolName(p, w)} aria-describedby={`pool-status-${p.id}`} />
          <Caption1 id={`pool-status-${p.id}`} className={s.status}>
            {poolStatus(p, w)}
          </Caption1>
        </div>
      ))}
    </RadioGroup>
  );
}

import { Caption1, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CopyItem } from '../../report';
import { useWords } from '../words';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  why: { paddingLeft: '32px', color: tokens.colorNeutralForeground2 },
});

interface Props {
  readonly items: readonly CopyItem[];
  readonly chosen: ReadonlySet<string>;
  /** For each chosen-for sheet, the chosen sheets whose formulas read it. */
  readonly neededBy: ReadonlyMap<string, readonly string[]>;
  /** The other scenario of the Compare sheet, as the pane names it. */
  readonly otherScenario: string;
  readonly onChoose: (sheet: string, on: boolean) => void;
}

/** What the copy will hold, sheet by sheet, before it is made: each a checkbox, each exclusion with why. */
export function ShareContents({ items, chosen, neededBy, otherScenario, onChoose }: Props) {
  const s = useStyles();
  const w = useWords();
  return (
    <section aria-labelledby="share-contents">
      <Text id="share-contents" as="h2" size={300} weight="semibold">
        {w.t('share.contents.heading')}
      </Text>
      <ul className={s.list}>
        <li className={s.item}>
          <Checkbox checked disabled label={w.t('share.contents.readMe')} />
        </li>
        {items.map((item) => {
          const needers = chosen.has(item.sheet) ? neededBy.get(item.sheet) : undefined;
          const why = needers
            ? w.t('share.contents.neededBy', { sheets: needers.join(', ') })
            : item.outBecause && !chosen.has(item.sheet)
              ? w.t(`share.out.${item.outBecause}`, { other: otherScenario })
              : undefined;
          const whyId = `share-why-${item.kind}-${item.sheet.replace(/\W+/g, '-')}`;
          return (
            <li key={`${item.kind}:${item.sheet}`} className={s.item}>
              <Checkbox
                checked={chosen.has(item.sheet)}
                disabled={needers !== undefined}
                onChange={(_, d) => onChoose(item.sheet, d.checked === true)}
                label={item.sheet}
                {...(why ? { 'aria-describedby': whyId } : {})}
              />
              {why && (
                <Caption1 id={whyId} className={s.why}>
                  {why}
                </Caption1>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

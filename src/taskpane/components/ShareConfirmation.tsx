import { Button, Caption1, Text } from '@fluentui/react-components';
import { type Implementation } from '../../core';
import { useWords } from '../words';

interface Props {
  /** The year's implementation, where the pane holds records and the round. */
  readonly implementation?: Implementation;
  /** The delegation chosen under "For", if one. */
  readonly state?: string;
  readonly busy: boolean;
  readonly onMake: (state: string) => void;
}

/** The January confirmation (Art. 60(6)) as a one-delegation copy, under the same rules as any copy. */
export function ShareConfirmation({ implementation, state, busy, onMake }: Props) {
  const w = useWords();
  const year = implementation?.year;
  return (
    <section aria-labelledby="share-confirmation">
      <Text id="share-confirmation" as="h2" size={300} weight="semibold">
        {w.t('share.confirmation.heading')}
      </Text>
      {!implementation || year === undefined ? (
        <Caption1 as="p">{w.t('share.confirmation.none')}</Caption1>
      ) : !state ? (
        <Caption1 as="p">{w.t('share.confirmation.noState')}</Caption1>
      ) : (
        <>
          <Caption1 as="p">
            {w.t('share.confirmation.hint', {
              state: w.state(state),
              year: String(year),
              next: String(year + 1),
            })}
          </Caption1>
          <Button appearance="secondary" disabled={busy} onClick={() => onMake(state)}>
            {w.t('share.confirmation.open', { state: w.state(state) })}
          </Button>
        </>
      )}
    </section>
  );
}

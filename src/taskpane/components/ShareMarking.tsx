import { Button, Field, Textarea } from '@fluentui/react-components';
import { MARKINGS } from '../../report';
import { useWords } from '../words';

interface Props {
  /** The marking the copy will carry: the one typed, or the one its stages call for. */
  readonly marking: string;
  /** The marking the chosen sheets' stages call for. */
  readonly stageMarking: string;
  /** Whether the analyst typed it (else it is the stages' one). */
  readonly typed: boolean;
  readonly onType: (marking: string | undefined) => void;
}

/** The copy's marking: the stages' by default, or one the analyst types (and can take back). */
export function ShareMarking({ marking, stageMarking, typed, onType }: Props) {
  const w = useWords();
  const hint = typed
    ? w.t('share.marking.typed')
    : stageMarking === MARKINGS.classified
      ? w.t('share.marking.classified')
      : w.t('share.marking.public');
  return (
    <>
      <Field label={w.t('share.marking')} hint={hint} size="small">
        {/* Read whole before the copy carries it (issue 16: a text wraps, never cut): wrapped over
            the lines it needs; one line in the copy (a line break is read as a space). */}
        <Textarea
          size="small"
          rows={3}
          resize="vertical"
          value={marking}
          onChange={(_, d) => onType(d.value.replace(/\r?\n/g, ' '))}
        />
      </Field>
      {typed && (
        <Button appearance="subtle" size="small" onClick={() => onType(undefined)}>
          {w.t('share.marking.useStage')}
        </Button>
      )}
    </>
  );
}

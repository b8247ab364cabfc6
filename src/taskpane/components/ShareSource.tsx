import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
} from '@fluentui/react-components';
import { partsInWords } from '../shell/paneKey';
import type { WorkbookState } from '../shell/Overview';
import type { CopySource } from '../share/copyPlan';
import { useWords } from '../words';

interface Props {
  readonly workbook: WorkbookState;
  /** The copy's summary from each state: "2026 pool as adopted by the Council, 7,961 relocations pledged". */
  readonly fromPane: string;
  /** What the workbook holds, where the pane knows it. */
  readonly fromWorkbook?: string;
  readonly writtenAt?: string;
  readonly source: CopySource;
  readonly onSource: (source: CopySource) => void;
  readonly onWrite: () => void;
  readonly busy: boolean;
}

/**
 * Which state the copy is built from. Where the workbook is behind the pane, a warning says what
 * changed, and the analyst builds from what the workbook holds or writes the tables first (issue 16:
 * a copy is what the analyst reviewed).
 */
export function ShareSource(props: Props) {
  const { workbook, fromPane, fromWorkbook, writtenAt, source, onSource, onWrite, busy } = props;
  const w = useWords();
  const heading = (
    <Text id="share-from" as="h2" size={300} weight="semibold">
      {w.t('share.from.heading')}
    </Text>
  );
  if (workbook.behind.length === 0) {
    return (
      <section aria-labelledby="share-from">
        {heading}
        <Text as="p" size={200}>
          {w.t(workbook.written ? 'share.from.upToDate' : 'share.from.paneNotWritten', {
            summary: fromPane,
          })}
        </Text>
      </section>
    );
  }
  const parts = partsInWords(workbook.behind, w);
  return (
    <section aria-labelledby="share-from">
      {heading}
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{w.t('share.behind.title')}</MessageBarTitle>{' '}
          {fromWorkbook
            ? w.t('share.behind.body', { parts: parts.charAt(0).toUpperCase() + parts.slice(1) })
            : w.t('share.behind.unknown')}
        </MessageBarBody>
      </MessageBar>
      <RadioGroup
        aria-labelledby="share-from"
        value={source}
        onChange={(_, d) => onSource(d.value as CopySource)}
      >
        <Radio
          value="workbook"
          disabled={!fromWorkbook}
          label={
            writtenAt
              ? w.t('share.from.workbookAt', { time: writtenAt, summary: fromWorkbook ?? '' })
              : w.t('share.from.workbook', { summary: fromWorkbook ?? '' })
          }
        />
        <Radio value="pane" label={w.t('share.from.pane', { summary: fromPane })} />
      </RadioGroup>
      <Button appearance="secondary" disabled={busy} onClick={onWrite}>
        {w.t('share.writeFirst')}
      </Button>
    </section>
  );
}

import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type Dispatch } from 'react';
import { stateName } from '../../core';
import { DEFAULT_MARKING, delegationCopy } from '../../report';
import { reportOf } from '../generate';
import type { ImplementationDraft } from '../implementation';
import type { PaneServices } from '../services';
import type { Action, PaneState } from '../state';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  /** The year's implementation (issue 17): a copy carries the Implementation sheet and its confirmation. */
  readonly implementation?: ImplementationDraft;
}

const ALL = 'all';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A copy kept in the pane as a file to save, where Excel cannot open it as a new workbook. */
interface SavedCopy {
  readonly url: string;
  readonly name: string;
}

/** A copy for delegations, opened as a new workbook: this workbook is never changed. */
export function ShareTab({ state, dispatch, services, implementation }: Props) {
  const s = useStyles();
  const [marking, setMarking] = useState(DEFAULT_MARKING);
  const [delegation, setDelegation] = useState(ALL);
  const [ownSheets, setOwnSheets] = useState(false);
  const [saved, setSaved] = useState<SavedCopy>();
  const participants = state.scenario.participants;
  // The file link holds the copy in memory: let it go when replaced or when the tab closes.
  useEffect(() => (saved ? () => URL.revokeObjectURL(saved.url) : undefined), [saved]);

  const share = async () => {
    dispatch({ type: 'status', status: { kind: 'busy', label: 'Preparing the copy…' } });
    setSaved(undefined);
    try {
      const report = reportOf(state, services, undefined, implementation);
      const one = delegation === ALL ? undefined : delegation;
      const extraSheets = ownSheets ? await services.readOwnSheets(one !== undefined) : [];
      const spec = delegationCopy(report.spec, {
        marking,
        ...(one ? { state: one } : {}),
        extraSheets,
      });
      // ExcelJS is loaded only now, for this command: it is not part of the pane's first paint.
      const { toXlsxBuffer } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx');
      const bytes = await toXlsxBuffer(spec);
      const opened = await services.openCopy(bytes);
      const name = `Solidarity pool${one ? ` ${one}` : ''} ${services.now().toISOString().slice(0, 10)}.xlsx`;
      if (!opened) {
        const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
        setSaved({ url: URL.createObjectURL(blob), name });
      }
      dispatch({
        type: 'status',
        status: opened
          ? {
              kind: 'done',
              intent: 'success',
              title: 'Copy opened as a new workbook',
              body: `${spec.sheets.length} sheets${one ? ` with the lines of ${stateName(one)}` : ''}, marked “${marking}”. This workbook was not changed: save the copy and send it.`,
            }
          : {
              kind: 'done',
              intent: 'warning',
              title: 'The copy is ready to save',
              body: `This version of Excel cannot open a new workbook from the add-in: save ${name} with the link below and open it in Excel. This workbook was not changed.`,
            },
      });
    } catch (e) {
      dispatch({
        type: 'status',
        status: {
          kind: 'done',
          intent: 'error',
          title: 'No copy was made',
          body: (e as Error).message,
        },
      });
    }
  };

  return (
    <div className={s.section}>
      <Text size={200}>
        A copy for delegations holds the tool’s tables with native formulas only, so it reads
        without the add-in, with the Methodology sheet and a marking on every sheet and printed
        page.
      </Text>
      <Field label="Marking" hint="Shown on every sheet and printed page." size="small">
        <Input size="small" value={marking} onChange={(_, d) => setMarking(d.value)} />
      </Field>
      <Field label="For" size="small">
        <Dropdown
          size="small"
          value={delegation === ALL ? 'All delegations' : stateName(delegation)}
          selectedOptions={[delegation]}
          onOptionSelect={(_, d) => d.optionValue && setDelegation(d.optionValue)}
        >
          <Option value={ALL}>All delegations</Option>
          {participants.map((c) => (
            <Option key={c} value={c} text={stateName(c)}>
              {`${stateName(c)}: its lines and the pool totals`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Checkbox
        checked={ownSheets}
        onChange={(_, d) => setOwnSheets(d.checked === true)}
        label="Include my own sheets too (EUPACT formulas become values)"
      />
      <Button
        appearance="primary"
        disabled={state.status.kind === 'busy'}
        onClick={() => void share()}
      >
        Open a copy for delegations
      </Button>
      {saved && (
        <Link href={saved.url} download={saved.name}>
          Save the copy: {saved.name}
        </Link>
      )}
      <Caption1>
        Nothing is sent anywhere: the copy opens in Excel (or is saved as a file) for you to send.
      </Caption1>
    </div>
  );
}

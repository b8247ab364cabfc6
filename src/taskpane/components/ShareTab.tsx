import {
  Button,
  Caption1,
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

import { findPreset } from '../../data';
import { MARKINGS, neededBy } from '../../report';
import type { ImplementationDraft } from '../implementation';
import { displayLocale, formatNumber } from '../locale';
import type { PaneServices } from '../services';
import { compareName } from '../shell/compareName';
import type { WorkbookState } from '../shell/Overview';
import { poolName } from '../shell/poolWords';
import {
  copyPlan,
  defaultChoice,
  headlineRelocations,
  markingOf,
  type CopyBasis,
  type CopySource,
  vocabularyOf,
} from '../share/copyPlan';
import { copyFile, dateInWords, makeConfirmation, makeCopy } from '../share/makeCopy';
import type { Action, PaneState } from '../state';
import { useWords } from '../words';
import { errorInWords } from '../outcomeWords';
import { useCopyReport as useReport } from '../share/useCopyReport';
import { ShareConfirmation } from './ShareConfirmation';
import { ShareContents } from './ShareContents';
import { ShareSource } from './ShareSource';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  readonly state: PaneState;
  readonly dispatch: Dispatch<Action>;
  readonly services: PaneServices;
  /** The year's implementation (issue 17): a copy carries the Implementation sheet and its confirmation. */
  readonly implementation?: ImplementationDraft;
  /** What the workbook holds against the pane. */
  readonly workbook?: WorkbookState;
  /** The state the workbook's tables were written from, where the pane knows it. */
  readonly written?: CopyBasis;
  /** Writes the tables (the footer's button), so that the copy and the workbook show the pane. */
  readonly onWrite?: () => void;
}

const ALL = 'all';
const NOT_WRITTEN: WorkbookState = { written: false, behind: [] };

/** A copy kept in the pane as a file to save: always offered, since Excel may open nothing (rule 12). */
interface SavedCopy {
  readonly url: string;
  readonly name: string;
}

/** A copy for delegations, listed before it is made and opened as a new workbook: this workbook is never changed. */
export function ShareTab(props: Props) {
  const { state, dispatch, services, implementation, written, onWrite } = props;
  const workbook = props.workbook ?? NOT_WRITTEN;
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  const [delegation, setDelegation] = useState(ALL);
  const behind = workbook.behind.length > 0;
  const [source, setSource] = useState<CopySource>(behind && written ? 'workbook' : 'pane');
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [typedMarking, setTypedMarking] = useState<string>();
  const [ownSheets, setOwnSheets] = useState<readonly string[]>([]);
  const [saved, setSaved] = useState<SavedCopy>();
  // The file link holds the copy in memory: let it go when replaced or when the tab closes.
  useEffect(() => (saved ? () => URL.revokeObjectURL(saved.url) : undefined), [saved]);
  useEffect(() => {
    let live = true;
    services.listOwnSheets().then(
      (names) => live && setOwnSheets(names),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);

  const fromWorkbook = source === 'workbook' && behind && written !== undefined;
  const basis: CopyBasis = fromWorkbook ? written : state;
  const paneReport = useReport(state, services, implementation);
  const writtenReport = useReport(written, services, implementation);
  const built = fromWorkbook ? writtenReport : paneReport;

  const summary = (b: CopyBasis, report: ReturnType<typeof useReport>): string => {
    const preset = b.scenario.presetId ? findPreset(b.scenario.presetId) : undefined;
    const scenario = preset ? poolName(preset, w) : w.t('overview.scenarioOwn');
    if (!report || 'error' in report) return scenario;
    const { pledged, n } = headlineRelocations(report.report);
    const figures = w.plural(pledged ? 'share.figures.pledged' : 'share.figures.pool', n, {
      n: formatNumber(n, locale),
    });
    return w.t('share.summary', { scenario, figures });
  };

  if (!built || 'error' in built) {
    return (
      <div className={s.section}>
        <Text size={200}>{w.t('share.intro')}</Text>
        <Text role="alert">{`${w.t('share.failed')}: ${built?.error ?? ''}`}</Text>
      </div>
    );
  }
  const report = built.report;
  const plan = copyPlan(basis, report, ownSheets);
  const defaults = defaultChoice(plan.items);
  const chosen = new Set(
    plan.items.filter((i) => overrides.get(i.sheet) ?? defaults.has(i.sheet)).map((i) => i.sheet),
  );
  const needers = neededBy(report.spec, chosen);
  const marking = markingOf(plan, chosen, typedMarking);
  const stageMarking = markingOf(plan, chosen, undefined);
  const other = basis.compareWith ? compareName(basis.compareWith, w) : '';
  const one = delegation === ALL ? undefined : delegation;
  const participants = state.scenario.participants;
  const fileName = w.t(one ? 'share.fileName.one' : 'share.fileName.all', {
    state: one ? w.state(one) : '',
    date: dateInWords(services.now(), w.language),
  });

  const share = async () => {
    setSaved(undefined);
    const toolSheets = new Set(
      plan.items.filter((i) => i.kind !== 'own' && chosen.has(i.sheet)).map((i) => i.sheet),
    );
    const own = plan.items.filter((i) => i.kind === 'own' && chosen.has(i.sheet));
    if (toolSheets.size + own.length === 0) {
      fail(w.t('share.noSheet'));
      return;
    }
    dispatch({ type: 'status', status: { kind: 'busy', label: w.t('share.preparing') } });
    try {
      const extra =
        own.length > 0
          ? await services.readOwnSheets(
              one !== undefined,
              own.map((i) => i.sheet),
            )
          : [];
      const { spec, bytes } = await makeCopy({
        report,
        toolSheets,
        ownSheets: extra,
        marking,
        stages: plan.stages(chosen),
        ...(one ? { state: one } : {}),
        vocabulary: vocabularyOf(basis),
      });
      await deliver(bytes, spec.sheets.length, fileName);
    } catch (e) {
      fail(errorInWords(w, e));
    }
  };
  /** The copy handed over: a file link first (Excel may open nothing, rule 12), then Excel asked. */
  const deliver = async (bytes: Uint8Array, sheetCount: number, name: string) => {
    setSaved({ url: copyFile(bytes), name });
    const opening = await services.openCopy(bytes);
    const sheets = formatNumber(sheetCount, locale);
    dispatch({
      type: 'status',
      status:
        opening.kind === 'asked'
          ? {
              kind: 'done',
              intent: 'info',
              title: w.t('share.asked.title'),
              body: w.t('share.asked.body', { sheets, marking }),
            }
          : opening.kind === 'refused'
            ? {
                kind: 'done',
                intent: 'warning',
                title: w.t('share.refused.title'),
                body: w.t('share.refused.body', { message: opening.message, name }),
              }
            : {
                kind: 'done',
                intent: 'warning',
                title: w.t('share.unsupported.title'),
                body: w.t('share.unsupported.body', { name }),
              },
    });
  };

  /** One delegation's January confirmation (Art. 60(6)), under the same copy rules. */
  const confirm = async (code: string) => {
    const impl = report.implementation;
    if (!impl) return;
    setSaved(undefined);
    dispatch({ type: 'status', status: { kind: 'busy', label: w.t('share.preparing') } });
    try {
      const { spec, bytes } = await makeConfirmation({
        implementation: impl,
        state: code,
        marking,
        stages: plan.stages(new Set()),
        vocabulary: vocabularyOf(basis),
        properties: report.spec.properties,
      });
      const name = w.t('share.fileName.confirmation', {
        state: w.state(code),
        year: String(impl.year),
        date: dateInWords(services.now(), w.language),
      });
      await deliver(bytes, spec.sheets.length, name);
    } catch (e) {
      fail(errorInWords(w, e));
    }
  };

  const fail = (body: string) =>
    dispatch({
      type: 'status',
      status: { kind: 'done', intent: 'error', title: w.t('share.failed'), body },
    });

  const markingHint =
    typedMarking !== undefined
      ? w.t('share.marking.typed')
      : stageMarking === MARKINGS.classified
        ? w.t('share.marking.classified')
        : w.t('share.marking.public');
  const busy = state.status.kind === 'busy';

  return (
    <div className={s.section}>
      <Text size={200}>{w.t('share.intro')}</Text>
      <Field label={w.t('share.for')} size="small">
        <Dropdown
          size="small"
          value={one ? w.state(one) : w.t('share.all')}
          selectedOptions={[delegation]}
          onOptionSelect={(_, d) => d.optionValue && setDelegation(d.optionValue)}
        >
          <Option value={ALL}>{w.t('share.all')}</Option>
          {participants.map((c) => (
            <Option key={c} value={c} text={w.state(c)}>
              {w.t('share.oneState', { state: w.state(c) })}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ShareSource
        workbook={workbook}
        fromPane={summary(state, paneReport)}
        {...(written ? { fromWorkbook: summary(written, writtenReport) } : {})}
        {...(workbook.writtenAt
          ? {
              writtenAt: workbook.writtenAt.toLocaleTimeString(locale, {
                hour: '2-digit',
                minute: '2-digit',
              }),
            }
          : {})}
        source={fromWorkbook ? 'workbook' : 'pane'}
        onSource={setSource}
        onWrite={() => onWrite?.()}
        busy={busy}
      />
      <ShareContents
        items={plan.items}
        chosen={chosen}
        neededBy={needers}
        otherScenario={other}
        onChoose={(sheet, on) => setOverrides(new Map(overrides).set(sheet, on))}
      />
      <Field label={w.t('share.marking')} hint={markingHint} size="small">
        <Input size="small" value={marking} onChange={(_, d) => setTypedMarking(d.value)} />
      </Field>
      {typedMarking !== undefined && (
        <Button appearance="subtle" size="small" onClick={() => setTypedMarking(undefined)}>
          {w.t('share.marking.useStage')}
        </Button>
      )}
      <Button appearance="primary" disabled={busy} onClick={() => void share()}>
        {w.t('share.open')}
      </Button>
      {saved && (
        <Link href={saved.url} download={saved.name}>
          {w.t('share.save', { name: saved.name })}
        </Link>
      )}
      <ShareConfirmation
        {...(report.implementation ? { implementation: report.implementation } : {})}
        {...(one ? { state: one } : {})}
        busy={busy}
        onMake={(code) => void confirm(code)}
      />
      <Caption1>{w.t('share.privacy')}</Caption1>
    </div>
  );
}

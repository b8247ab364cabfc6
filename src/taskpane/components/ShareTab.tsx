import { Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState, type Dispatch } from 'react';

import { neededBy } from '../../report';
import type { ImplementationDraft } from '../implementation';
import { displayLocale } from '../locale';
import type { PaneServices } from '../services';
import { compareName } from '../shell/compareName';
import type { WorkbookState } from '../shell/Overview';
import {
  copyPlan,
  defaultChoice,
  markingOf,
  type CopyBasis,
  type CopySource,
  vocabularyOf,
} from '../share/copyPlan';
import { copySummary } from '../share/copySummary';
import { dateInWords, makeConfirmation, makeCopy } from '../share/makeCopy';
import { useCopyDelivery } from '../share/useCopyDelivery';
import type { Action, PaneState } from '../state';
import { useWords } from '../words';
import { useCopyReport as useReport } from '../share/useCopyReport';
import { ShareConfirmation } from './ShareConfirmation';
import { ShareContents } from './ShareContents';
import { ALL_DELEGATIONS, ShareDelegation } from './ShareDelegation';
import { ShareMarking } from './ShareMarking';
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

const NOT_WRITTEN: WorkbookState = { written: false, behind: [] };

/** A copy for delegations, listed before it is made and opened as a new workbook: this workbook is never changed. */
export function ShareTab(props: Props) {
  const { state, dispatch, services, implementation, written, onWrite } = props;
  const workbook = props.workbook ?? NOT_WRITTEN;
  const s = useStyles();
  const w = useWords();
  const locale = displayLocale();
  const [delegation, setDelegation] = useState(ALL_DELEGATIONS);
  const behind = workbook.behind.length > 0;
  const [source, setSource] = useState<CopySource>(behind && written ? 'workbook' : 'pane');
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [typedMarking, setTypedMarking] = useState<string>();
  const [ownSheets, setOwnSheets] = useState<readonly string[]>([]);
  const copy = useCopyDelivery(dispatch, services);
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
  const one = delegation === ALL_DELEGATIONS ? undefined : delegation;
  const fileName = w.t(one ? 'share.fileName.one' : 'share.fileName.all', {
    state: one ? w.state(one) : '',
    date: dateInWords(services.now(), w.language),
  });

  const share = async () => {
    copy.forget();
    const toolSheets = new Set(
      plan.items.filter((i) => i.kind !== 'own' && chosen.has(i.sheet)).map((i) => i.sheet),
    );
    const own = plan.items.filter((i) => i.kind === 'own' && chosen.has(i.sheet));
    if (toolSheets.size + own.length === 0) {
      copy.fail(w.t('share.noSheet'));
      return;
    }
    await copy.handOver(async () => {
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
      return { bytes, sheets: spec.sheets.length, name: fileName, marking };
    });
  };

  /** One delegation's January confirmation (Art. 60(6)), under the same copy rules. */
  const confirm = async (code: string) => {
    const impl = report.implementation;
    if (!impl) return;
    copy.forget();
    await copy.handOver(async () => {
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
      return { bytes, sheets: spec.sheets.length, name, marking };
    });
  };

  const busy = state.status.kind === 'busy';

  return (
    <div className={s.section}>
      <Text size={200}>{w.t('share.intro')}</Text>
      <ShareDelegation
        delegation={delegation}
        participants={state.scenario.participants}
        onDelegation={setDelegation}
      />
      <ShareSource
        workbook={workbook}
        fromPane={copySummary(state, paneReport, w)}
        {...(written ? { fromWorkbook: copySummary(written, writtenReport, w) } : {})}
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
      <ShareMarking
        marking={marking}
        stageMarking={stageMarking}
        typed={typedMarking !== undefined}
        onType={setTypedMarking}
      />
      <Button appearance="primary" disabled={busy} onClick={() => void share()}>
        {w.t('share.open')}
      </Button>
      {copy.saved && (
        <Link href={copy.saved.url} download={copy.saved.name}>
          {w.t('share.save', { name: copy.saved.name })}
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

import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo, useReducer, useState } from 'react';
import { ConflictDialog } from './components/ConflictDialog';
import { DataTab } from './components/DataTab';
import { PledgesTab } from './components/PledgesTab';
import { ScenarioTab } from './components/ScenarioTab';
import { ShareTab } from './components/ShareTab';
import { StatusBar } from './components/StatusBar';
import { activeData, runGeneration } from './generate';
import type { PaneServices } from './services';
import { initialState, reducer, type PaneState } from './state';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  body: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    overflowY: 'auto',
  },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

type TabId = 'data' | 'scenario' | 'pledges' | 'share';

export function App({
  services,
  initial,
}: {
  readonly services: PaneServices;
  readonly initial?: PaneState;
}) {
  const s = useStyles();
  const [state, dispatch] = useReducer(reducer, initial ?? initialState());
  const [tab, setTab] = useState<TabId>('data');
  const { vintage, replacements } = state;
  const data = useMemo(() => activeData({ vintage, replacements }), [vintage, replacements]);

  const generate = async (decision?: 'replace' | 'beside') => {
    dispatch({ type: 'conflicts', conflicts: undefined });
    dispatch({ type: 'status', status: { kind: 'busy', label: 'Writing the tables…' } });
    const result = await runGeneration(state, services, decision);
    dispatch({ type: 'status', status: result.status });
    if (result.conflicts) dispatch({ type: 'conflicts', conflicts: result.conflicts });
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={s.root}>
        <header className={s.header}>
          <Text as="h1" size={500} weight="semibold">
            Solidarity pool
          </Text>
          <Caption1 block>Regulation (EU) 2024/1351: fair shares, the pool, pledges.</Caption1>
          <TabList
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
          >
            <Tab value="data">Data</Tab>
            <Tab value="scenario">Scenario</Tab>
            <Tab value="pledges">Pledges</Tab>
            <Tab value="share">Share</Tab>
          </TabList>
        </header>
        <main className={s.body}>
          {tab === 'data' && (
            <DataTab state={state} data={data} dispatch={dispatch} services={services} />
          )}
          {tab === 'scenario' && (
            <ScenarioTab state={state} dispatch={dispatch} services={services} />
          )}
          {tab === 'pledges' && (
            <PledgesTab state={state} dispatch={dispatch} services={services} />
          )}
          {tab === 'share' && <ShareTab state={state} dispatch={dispatch} services={services} />}
        </main>
        <footer className={s.footer}>
          <StatusBar status={state.status} />
          <Button
            appearance="primary"
            disabled={state.status.kind === 'busy'}
            onClick={() => void generate()}
          >
            Write the tables to this workbook
          </Button>
        </footer>
        {state.conflicts && state.conflicts.length > 0 && (
          <ConflictDialog
            conflicts={state.conflicts}
            onDecide={(d) => {
              if (d === 'cancel') {
                dispatch({ type: 'conflicts', conflicts: undefined });
                dispatch({
                  type: 'status',
                  status: {
                    kind: 'done',
                    intent: 'info',
                    title: 'Nothing was written',
                    body: 'Your edits are as you left them.',
                  },
                });
              } else void generate(d);
            }}
          />
        )}
      </div>
    </FluentProvider>
  );
}

import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { findPreset, VINTAGES } from '../../data';
import { displayLocale } from '../locale';
import type { PaneState } from '../state';
import { partsInWords, type PanePart } from './paneKey';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    listStyleType: 'none',
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  number: {
    flexShrink: 0,
    width: '20px',
    height: '20px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  step: { minWidth: 0, display: 'flex', flexDirection: 'column' },
  link: { padding: 0, minWidth: 0, height: 'auto', justifyContent: 'flex-start' },
});

export type Step = 'data' | 'scenario' | 'pledges' | 'write' | 'share';

export interface WorkbookState {
  /** When the tables were last written from this pane; undefined if not yet in this session. */
  readonly writtenAt?: Date;
  readonly written: boolean;
  readonly behind: readonly PanePart[];
}

function time(d: Date): string {
  return d.toLocaleTimeString(displayLocale(), { hour: '2-digit', minute: '2-digit' });
}

/** The workbook against the pane, in words that are always true. */
export function workbookInWords(w: WorkbookState): string {
  if (!w.written) return 'Not written yet: the workbook has none of these tables.';
  const when = w.writtenAt ? ` at ${time(w.writtenAt)}` : '';
  return w.behind.length === 0
    ? `Up to date: the tables show what the pane shows (written${when || ' earlier'}).`
    : `Behind the pane: ${partsInWords(w.behind)} changed since the tables were written${when}.`;
}

interface Props {
  readonly state: PaneState;
  readonly workbook: WorkbookState;
  readonly onGo: (step: Step) => void;
}

/** The order of work, each step with where it stands: the pane's first view. */
export function Overview({ state, workbook, onGo }: Props) {
  const s = useStyles();
  const vintage = VINTAGES.find((v) => v.id === state.vintage);
  const replaced = state.replacements.length;
  const scenario = state.scenario;
  const preset = scenario.presetId ? findPreset(scenario.presetId) : undefined;
  const steps: { id: Step; title: string; now: string }[] = [
    {
      id: 'data',
      title: 'Data',
      now: `${vintage ? vintage.label.split(' (')[0] : state.vintage}${replaced > 0 ? `, ${replaced} series replaced` : ', as bundled'}`,
    },
    {
      id: 'scenario',
      title: 'Scenario',
      now: `${preset ? preset.label : 'Set in the pane'}: ${scenario.participants.length} states`,
    },
    {
      id: 'pledges',
      title: 'Pledges',
      now: state.pledging
        ? `${state.pledging.pledges.length} states pledged${state.includePledges ? '' : ' (not in the tables)'}`
        : 'Optional: enter or load the pledging round',
    },
    { id: 'write', title: 'Write the tables', now: workbookInWords(workbook) },
    { id: 'share', title: 'Share', now: 'A copy for delegations, readable without the add-in' },
  ];
  return (
    <nav aria-labelledby="overview-heading">
      <Text id="overview-heading" as="h2" className={s.heading} weight="semibold" size={300}>
        Order of work
      </Text>
      <ol className={s.list}>
        {steps.map((step, n) => (
          <li key={step.id} className={s.item}>
            <span className={s.number} aria-hidden="true">
              {n + 1}
            </span>
            <span className={s.step}>
              <Button
                className={s.link}
                appearance="transparent"
                size="small"
                onClick={() => onGo(step.id)}
              >
                {step.title}
              </Button>
              <Caption1>{step.now}</Caption1>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

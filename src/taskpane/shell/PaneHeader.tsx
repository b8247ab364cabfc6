import { Caption1, makeStyles, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { memo, Suspense } from 'react';
import type { LanguageChoice } from '../../report/words';
import { preloaded } from '../preload';
import { useWords } from '../words';
import { UndoButtons } from './UndoButtons';

// The language list (Fluent's Select): a chunk of its own, fetched at once, out of the first paint.
const LanguagePicker = preloaded(
  () => import('./LanguagePicker'),
  (m) => m.LanguagePicker,
);

const useStyles = makeStyles({
  // Header (title and tabs) stays put; only the body scrolls.
  header: {
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  // Six steps do not fit one line at 350 px: the tabs wrap rather than run out of sight.
  tabs: { flexWrap: 'wrap' },
});

export type TabId = 'data' | 'scenario' | 'pledges' | 'implementation' | 'results' | 'share';

/** The tabs in the order of work. */
export const TABS = [
  'data',
  'scenario',
  'pledges',
  'implementation',
  'results',
  'share',
] as const satisfies readonly TabId[];

interface Props {
  readonly tab: TabId;
  readonly onTab: (tab: TabId) => void;
  readonly languageChoice: LanguageChoice;
  /** Office's display language ("fr-FR"), named in the automatic choice. */
  readonly office: string | undefined;
  readonly onChooseLanguage: (choice: LanguageChoice) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/**
 * The pane's title, language, undo and tabs. Drawn again only when one of those changes, not on
 * every keystroke in a tab (issue 16's keystroke budget): its props are values and stable callbacks.
 */
export const PaneHeader = memo(function PaneHeader({
  tab,
  onTab,
  languageChoice,
  office,
  onChooseLanguage,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
}: Props) {
  const s = useStyles();
  const w = useWords();
  return (
    <header className={s.header}>
      <div className={s.title}>
        <Text as="h1" size={400} weight="semibold">
          {w.t('shell.title')}
        </Text>
        <Caption1>{w.t('shell.regulation')}</Caption1>
        <Suspense fallback={null}>
          <LanguagePicker choice={languageChoice} office={office} onChoose={onChooseLanguage} />
        </Suspense>
        <UndoButtons canUndo={canUndo} canRedo={canRedo} onUndo={onUndo} onRedo={onRedo} />
      </div>
      <TabList
        // Six tabs do not fit in one line at 350 px: they wrap rather than run out of sight.
        className={s.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => onTab(d.value as TabId)}
      >
        {TABS.map((t) => (
          <Tab key={t} value={t}>
            {w.t(`shell.tab.${t}`)}
          </Tab>
        ))}
      </TabList>
    </header>
  );
});

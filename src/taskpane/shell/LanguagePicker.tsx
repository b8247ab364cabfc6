import { makeStyles, Select, useId } from '@fluentui/react-components';
import {
  languageOf,
  LANGUAGE_NAMES,
  LANGUAGES,
  isLanguageChoice,
  type LanguageChoice,
} from '../../report/words';
import { useWords } from '../words';

const useStyles = makeStyles({
  root: { marginLeft: 'auto', display: 'flex', alignItems: 'center' },
});

interface Props {
  readonly choice: LanguageChoice;
  /** Office's display language ("fr-FR"), named in the automatic choice. */
  readonly office: string | undefined;
  readonly onChoose: (choice: LanguageChoice) => void;
}

/** The pane's language: Office's display language by default, or one chosen here. */
export function LanguagePicker({ choice, office, onChoose }: Props) {
  const s = useStyles();
  const w = useWords();
  const id = useId('language');
  return (
    <div className={s.root}>
      <Select
        id={id}
        size="small"
        aria-label={w.t('shell.language')}
        value={choice}
        onChange={(_, d) => {
          if (isLanguageChoice(d.value)) onChoose(d.value);
        }}
      >
        <option value="auto">
          {w.t('shell.language.auto', { language: LANGUAGE_NAMES[languageOf(office)] })}
        </option>
        {LANGUAGES.map((l) => (
          // Each language in its own name, and marked as such for screen readers.
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}

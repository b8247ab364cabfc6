import { useCallback, useEffect, useState } from 'react';
import { chosenLanguage, loadWords, type LanguageChoice, type Words } from '../../report/words';
import {
  officeDisplayLanguage,
  storeLanguageChoice,
  storedLanguageChoice,
} from '../languageChoice';

/**
 * The pane's language: the analyst's choice (kept for the next session), else Office's; its words,
 * fetched when chosen; and the page's own language, for screen readers, hyphenation and axe.
 */
export function usePaneLanguage(initialWords: Words) {
  const [words, setWords] = useState(initialWords);
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>(storedLanguageChoice);
  const office = officeDisplayLanguage();
  const chooseLanguage = useCallback(
    (choice: LanguageChoice) => {
      setLanguageChoice(choice);
      storeLanguageChoice(choice);
      // A language whose chunk cannot be fetched leaves the pane in the one it is in.
      loadWords(chosenLanguage(choice, office)).then(setWords, () => undefined);
    },
    [office],
  );
  useEffect(() => {
    document.documentElement.lang = words.language;
  }, [words.language]);
  return { words, languageChoice, office, chooseLanguage };
}

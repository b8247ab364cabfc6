import { createContext, useContext } from 'react';
import { ENGLISH, type Words } from '../report/words';

/**
 * The pane's words in the language in force. Every component reads them with useWords(); the App
 * provides them (English until another language is chosen or Office's is loaded), so a component
 * rendered alone in a test speaks English.
 */
export const WordsContext = createContext<Words>(ENGLISH);

export function useWords(): Words {
  return useContext(WordsContext);
}

import { isLanguageChoice, type LanguageChoice } from '../report/words';

/**
 * The analyst's language choice, kept on this computer (the browser storage of the add-in's
 * origin), not in the workbook: a workbook shared with a colleague keeps the colleague's language.
 */
const KEY = 'eupact.language';

export function storedLanguageChoice(): LanguageChoice {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return isLanguageChoice(value) ? value : 'auto';
  } catch {
    // Storage refused (a locked-down webview): Office's language.
    return 'auto';
  }
}

export function storeLanguageChoice(choice: LanguageChoice): void {
  try {
    globalThis.localStorage?.setItem(KEY, choice);
  } catch {
    // Not kept: the choice holds for this session.
  }
}

/** Office's display language ("fr-FR"), where Office.js is loaded. */
export function officeDisplayLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return office?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

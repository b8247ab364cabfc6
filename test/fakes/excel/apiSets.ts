/**
 * Requirement sets in the fake: an Excel that supports ExcelApi only up to a version (Office 2019
 * stops at 1.10, before the culture settings of 1.11: "Excel JavaScript API requirement sets").
 * `isSetSupported` answers as Office.context.requirements does; a member of a newer set is refused
 * as the API being absent, so that code which forgot to ask fails here as it would in that Excel.
 */
import { FakeExcelError } from './address';

export interface FakeRequirements {
  isSetSupported(name: string, version?: string): boolean;
  /** Throws as Excel does where `member`, of ExcelApi `version`, does not exist. */
  need(version: string, member: string): void;
}

const minor = (version: string | undefined) => Number((version ?? '1.0').split('.')[1] ?? 0);

export function fakeRequirements(excelApi?: string): FakeRequirements {
  const newest = excelApi === undefined ? Infinity : minor(excelApi);
  const supports = (version?: string) => minor(version) <= newest;
  return {
    isSetSupported: (name, version) => name !== 'ExcelApi' || supports(version),
    need: (version, member) => {
      if (!supports(version))
        throw new FakeExcelError(
          'ApiNotFound',
          `${member} needs ExcelApi ${version}; this Excel supports ExcelApi up to ${excelApi}`,
        );
    },
  };
}

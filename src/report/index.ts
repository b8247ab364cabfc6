export * from './buildReport';
export { notesRow, summaryBlock } from './blocks';
export * from './compare';
export {
  compareHeaders,
  COMPARE_B_TABLE,
  COMPARE_SCENARIOS,
  COMPARE_SCENARIOS_TABLE,
  COMPARE_TABLE,
} from './sheets/compareSheet';
export * from './format';
export * from './formulas';
export * from './layout';
export * from './types';
export { FAIR_SHARE_TABLE, FS } from './sheets/fairShareSheet';
export { IND, INDICATORS_TABLE } from './sheets/indicatorsSheet';
export { PARAMETER_NAMES, PARAMETERS_TABLE } from './sheets/parameters';
export { PUB, PUBLISHED_TABLE } from './sheets/published';
export { POOL, POOL_TABLE } from './sheets/poolSheet';
export { pressureColumns, PRESSURE_TABLE, WEIGHTS_TABLE } from './sheets/pressureSheet';
export * from './rename';
export * from './pledging';
export { BAL, BALANCE_TABLE } from './sheets/balanceSheet';
export { PLEDGE, PLEDGES_TABLE } from './sheets/pledgesSheet';
export * from './marking';
export * from './share';
export * from './shareContents';
export * from './copyWords';
export * from './confirmationCopy';
export * from './validation';
export * from './roundWords';
export * from './implementation';
export { IMPL, REC, CON, BEN, DIS, END, CONF, FINDING_WORDS } from './sheets/implementationWords';

export * from './writeWorkbook';

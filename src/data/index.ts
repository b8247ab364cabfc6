export * from './indicators';
export * from './indicatorSet';
export * from './readers';
export * from './snapshot/vintages';
export * from './types';
export * from './validate';
export * from './presets';
export * from './serialize';

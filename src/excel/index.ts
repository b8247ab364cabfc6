export * from './content';
export * from './generate';
export * from './plan';
export * from './record';
export * from './store';
export * from './publish';
export * from './tables';

export * from './art63Sentences';
export * from './facts';
export * from './legacyWords';

export * from './language';
export * from './words';
export { holesIn, type Entry, type Localized, type Plural } from './translate';
export type { Catalogue } from './en';

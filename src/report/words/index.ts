export * from './language';
export * from './words';
export * from './solidarity';
export { holesIn, type Entry, type Localized, type Plural } from './translate';
export type { Catalogue } from './en';

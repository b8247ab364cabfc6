// The manifest's words Office shows a user (the add-in's name and description, the ribbon's group,
// button and tooltip, the first-run callout), each with its French and German overrides.

/** A string Office shows: where it is, its English, and its value by locale. */
export interface ShownString {
  /** DisplayName, Description, or the id of a bt:String. */
  readonly name: string;
  /** The schema's limit: ShortString (125 characters) or LongString (250). */
  readonly limit: 125 | 250;
  readonly english: string;
  readonly byLocale: ReadonlyMap<string, string>;
}

const children = (e: Element, name: string) => [...e.children].filter((c) => c.localName === name);

function shown(e: Element, name: string, limit: 125 | 250): ShownString {
  const byLocale = new Map<string, string>();
  for (const o of children(e, 'Override')) {
    byLocale.set(o.getAttribute('Locale') ?? '', o.getAttribute('Value') ?? '');
  }
  return { name, limit, english: e.getAttribute('DefaultValue') ?? '', byLocale };
}

/** Every string resource of the manifest, in document order. */
export function shownStrings(doc: Document): ShownString[] {
  const root = doc.documentElement;
  const top = (name: string) => children(root, name)[0]!;
  const resources = (list: string, limit: 125 | 250) =>
    [...doc.getElementsByTagNameNS('*', list)].flatMap((l) =>
      children(l, 'String').map((s) => shown(s, s.getAttribute('id') ?? '', limit)),
    );
  return [
    shown(top('DisplayName'), 'DisplayName', 125),
    shown(top('Description'), 'Description', 250),
    ...resources('ShortStrings', 125),
    ...resources('LongStrings', 250),
  ];
}

/** The locales the functions' metadata is translated for (Functions.Metadata.Url's overrides). */
export function functionsLocales(doc: Document): string[] {
  const url = [...doc.getElementsByTagNameNS('*', 'Url')].find(
    (u) => u.getAttribute('id') === 'Functions.Metadata.Url',
  )!;
  return children(url, 'Override').map((o) => o.getAttribute('Locale') ?? '');
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ICustomFunctionsMetadata } from 'custom-functions-metadata';

/**
 * Which metadata file Excel loads for the custom functions, as Microsoft's "Custom functions naming
 * and localization" and the manifest schema (URLLocaleOverride) describe: the <bt:Url> named by the
 * CustomFunctions extension point's <Metadata><SourceLocation resid>, its <bt:Override> whose
 * Locale is Office's display language (compared without regard to case), else its DefaultValue.
 * No fallback from "de-AT" to "de-DE": a display language without its own override gets the
 * default, English, as the strictest reading of the schema.
 */
export function metadataUrlFor(manifest: string, displayLanguage: string): string {
  const resid = /<Metadata>\s*<SourceLocation resid="([^"]+)"/.exec(manifest)?.[1];
  if (!resid) throw new Error('The manifest names no custom functions metadata.');
  const url = new RegExp(
    `<bt:Url id="${resid}" DefaultValue="([^"]+)"\\s*(/>|>([\\s\\S]*?)</bt:Url>)`,
  ).exec(manifest);
  if (!url) throw new Error(`No <bt:Url id="${resid}"> in the manifest.`);
  const overrides = [...(url[3] ?? '').matchAll(/<bt:Override Locale="([^"]+)" Value="([^"]+)"/g)];
  const match = overrides.find((o) => o[1]?.toLowerCase() === displayLanguage.toLowerCase());
  return (match?.[2] ?? url[1]) as string;
}

/** The functions Excel shows for a display language, read from a built dist/ folder. */
export function functionsAsExcelLoads(
  dist: string,
  displayLanguage: string,
  devUrl = 'https://localhost:3000/',
): { file: string; metadata: ICustomFunctionsMetadata } {
  const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  const url = metadataUrlFor(manifest, displayLanguage);
  if (!url.startsWith(devUrl)) throw new Error(`${url} is not served from ${devUrl}.`);
  const file = url.slice(devUrl.length);
  const metadata = JSON.parse(readFileSync(join(dist, file), 'utf8')) as ICustomFunctionsMetadata;
  return { file, metadata };
}

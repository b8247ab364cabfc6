/** The package version, injected by webpack's DefinePlugin. */
declare const __TOOL_VERSION__: string;

/** CSV files imported as text (webpack asset/source; a Jest transform in tests). */
declare module '*.csv' {
  const text: string;
  export default text;
}

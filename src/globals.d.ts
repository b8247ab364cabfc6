/** The package version, injected by webpack's DefinePlugin. */
declare const __TOOL_VERSION__: string;

// The subset of jsonstat-toolkit (https://jsonstat.com) this project uses; the package ships no types.
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    readonly label: string | null;
  }
  interface JsonStatDimension {
    readonly id: readonly string[];
    readonly label: string | null;
    Category(id: string): JsonStatCategory | null;
  }
  interface JsonStatDataset {
    readonly class: string | null;
    readonly id: readonly string[] | null;
    readonly size: readonly number[] | null;
    readonly label: string | null;
    readonly updated: string | null;
    readonly source: string | null;
    readonly extension: { readonly id?: string } | null;
    Dimension(id: string): JsonStatDimension | null;
    toTable(options: {
      type: 'arrobj';
      status?: boolean;
      content?: 'id' | 'label';
    }): Record<string, string | number | null>[];
  }
  function JSONstat(input: unknown): JsonStatDataset;
  export default JSONstat;
}

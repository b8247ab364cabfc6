import { FakeExcelError } from './address';
import type { FakeWorkbook } from '../fakeExcel';

/** An object whose properties must be loaded and synced before they are read. */
export class Loadable {
  private loaded = new Set<string>();
  protected readonly requested = new Set<string>();

  constructor(
    protected readonly wb: FakeWorkbook,
    private readonly describe: string,
  ) {
    // Office.js: isNullObject can be read after the next sync, with or without load().
    wb.onSync(() => this.loaded.add('isNullObject'));
  }

  /** Properties a loaded collection filled on its items. */
  protected preload(properties: string[]): void {
    for (const p of properties) this.loaded.add(p);
  }

  load(properties?: string | string[]): this {
    const list = typeof properties === 'string' ? properties.split(',') : (properties ?? ['*']);
    for (const p of list) this.requested.add(p.trim());
    this.wb.onSync(() => this.fill());
    return this;
  }

  protected fill(): void {
    for (const p of this.requested) {
      this.loaded.add(p.split('/')[0]!);
      this.loaded.add(p);
    }
  }

  protected read<T>(property: string, compute: () => T): T {
    if (!this.loaded.has(property) && !this.loaded.has('*')) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `${this.describe}.${property} was read before load() and context.sync()`,
      );
    }
    return compute();
  }
}

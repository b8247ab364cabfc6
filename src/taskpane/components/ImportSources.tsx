import { Button, Field, Select } from '@fluentui/react-components';
import type { RefObject } from 'react';
import { useWords } from '../words';
import { useImportStyles } from './importStyles';

interface Props {
  readonly busy: boolean;
  /** The hidden file input the "from a file" button opens (cleared after each file). */
  readonly fileInput: RefObject<HTMLInputElement | null>;
  readonly onFile: (file: File | undefined) => void;
  readonly onTables: () => void;
  /** The workbook's tables, once listed. */
  readonly tables: readonly { name: string; sheet: string }[] | undefined;
  readonly onTable: (name: string) => void;
}

/** Where a series comes from: a file, or a table of this workbook (listed, then chosen). */
export function ImportSources({ busy, fileInput, onFile, onTables, tables, onTable }: Props) {
  const s = useImportStyles();
  const w = useWords();
  return (
    <>
      <div className={s.row}>
        <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()}>
          {w.t('import.fromFile')}
        </Button>
        <input
          ref={fileInput}
          className={s.hidden}
          type="file"
          aria-label={w.t('import.fileLabel')}
          accept=".csv,.tsv,.txt,.json,.xlsx"
          onChange={(e) => onFile(e.target.files?.[0])}
        />
        <Button size="small" disabled={busy} onClick={onTables}>
          {w.t('import.fromTable')}
        </Button>
      </div>
      {tables && tables.length > 0 && (
        <Field label={w.t('import.table')} size="small">
          <Select
            select={{ className: s.select }}
            size="small"
            defaultValue=""
            onChange={(_, d) => d.value && onTable(d.value)}
          >
            <option value="" disabled>
              {w.t('import.chooseTable')}
            </option>
            {tables.map((t) => (
              <option key={t.name} value={t.name}>
                {`${t.name} (${t.sheet})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}

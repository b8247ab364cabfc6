import { makeStyles } from '@fluentui/react-components';
import type { RefObject } from 'react';

const useStyles = makeStyles({ hidden: { display: 'none' } });

interface Props {
  /** The button that opens the file dialog calls `inputRef.current?.click()`. */
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly label: string;
  readonly onFile: (file: File) => void;
}

/**
 * The hidden input behind a "from a CSV file…" button: hands on the file chosen and clears itself,
 * so that choosing the same file again (after fixing it) reads it again.
 */
export function CsvFileInput({ inputRef, label, onFile }: Props) {
  const s = useStyles();
  return (
    <input
      ref={inputRef}
      className={s.hidden}
      type="file"
      accept=".csv,.txt"
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onFile(file);
        e.target.value = '';
      }}
    />
  );
}

import { Fragment } from 'react';

/** A number and its percent sign ("26.4 %", "1,234 %"), as the core's sentences write them. */
const PERCENT = /(\d[\d.,\u00A0\u202F]*\s%)/;

/**
 * A sentence whose percentages never break between the number and the sign: each is held in a
 * nowrap span, the text itself unchanged (so it reads and copies as written).
 */
export function KeepTogether({ text }: { readonly text: string }) {
  const parts = text.split(PERCENT);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <span key={i} style={{ whiteSpace: 'nowrap' }}>
            {p}
          </span>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}

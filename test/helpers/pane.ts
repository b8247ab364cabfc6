import { fireEvent, screen } from '@testing-library/react';

/**
 * Chooses the pool on the pane's first view (the Data tab's order of work), as an analyst must
 * before writing is offered (issue 16). The latest-data pool is the pane's default draft, so a test
 * that writes after choosing it writes the same tables as before the choice was asked for.
 */
export function choosePool(name = 'Next pool on the latest data'): void {
  fireEvent.click(screen.getByRole('radio', { name }));
}

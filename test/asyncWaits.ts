import { configure } from '@testing-library/dom';

// Testing Library gives up on findBy… and waitFor after 1 s by default: a timing assumption. On two
// cores shared with LibreOffice and Chromium, a pane test rendering the whole App took longer than
// that to show "Tables written", and failed at random. No test here asserts a duration (figures come
// from `npm run bench`), so a wait lasts until what it waits for appears, bounded only by Jest's
// limit against a hang (testTimeout in jest.config.cjs).
configure({ asyncUtilTimeout: 100_000 });

// Limits for the tests that guard against input built to be slow (a regular expression that
// backtracks, a loop over a list copied at each step): such input takes minutes where the
// reader takes a fraction of a second, so a limit can leave room for a machine busy with another
// test file (vitest runs two at a time: see vitest.config.ts), where one of 5 s was once missed
// at 6.4 s, and still catch it. Speed itself is measured by the bench, not here.
export const quickly = (ms: number): number => ms * 3;

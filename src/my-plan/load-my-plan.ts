/**
 * Loads My plan's code (./my-plan-page.ts). The site's script imports this tiny file on the plan page only, so
 * the list of files My plan needs is written here, not into the script every page runs before the reader acts.
 */
void import('./my-plan-page');
export {};

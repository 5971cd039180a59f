/**
 * Loads My plan's code (./my-plan-page.ts). The pages' apps loader (../components/page-apps.ts) imports this tiny
 * file on the plan page only, so the long list of files My plan needs is fetched there alone.
 */
void import('./my-plan-page');
export {};

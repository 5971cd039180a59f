/**
 * The pages that are an app of their own: the coaches' link builders, My plan and the coach's desk (the team
 * rounds load from the site's script, so a team member's phone has no extra hop). The site's script imports
 * this tiny file only where one of them is, so the list of files each needs is written here, not into the
 * script every page runs before the reader acts.
 */
if (document.querySelector('client-link-builder')) void import('./client-links/client-link-builder');
if (document.querySelector('my-plan')) void import('../my-plan/my-plan-element');
if (document.querySelector('coach-desk')) void import('../coach-desk/coach-desk-element');
export {};

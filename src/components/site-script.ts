/**
 * Every page's script, one file for the whole site: the search button, the "Copy page as Markdown" button,
 * and the code blocks' Copy buttons. Each part acts only where its element is on the page. One file is one
 * request before the page is ready, and the next page finds it cached (README, "Performance"). A decision
 * tool's small first part and the pages that are apps of their own (./page-apps.ts) load only where they
 * are, so pages without them (and a team member's phone) fetch less; what a part needs later, the search
 * UI or the rest of a tool, it loads itself when the reader reaches for it.
 */
import '../starlight/search/site-search';
import './copy-page-markdown';
import './copy-code-blocks';

// Each loads once the page has painted, so the text the reader came for never waits behind app code; a tool
// keeps any answers typed before its code arrived.
const afterPaint = (load: () => void) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(load)));
afterPaint(() => {
	if (document.querySelector('decision-tool')) void import('./decision-tool/decision-tool-element');
	// A team member opening an invite on a phone gets the round with no extra hop.
	if (document.querySelector('team-rounds')) void import('../team/team-page');
	if (document.querySelector('client-link-builder, my-plan, coach-desk')) void import('./page-apps');
});

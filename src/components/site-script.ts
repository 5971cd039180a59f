/**
 * Every page's script, one file for the whole site: the search button, the "Copy page as Markdown" button,
 * the code blocks' Copy buttons and the decision tools' small first part. Each part acts only where its
 * element is on the page. One file is one request before the page is ready, with nothing it has to fetch
 * in turn, and the next page finds it cached (README, "Performance"). What a part needs later, the search
 * UI or the rest of a tool, it loads itself when the reader reaches for it; the pages that are
 * apps of their own (./page-apps.ts) load where they are.
 */
import '../starlight/search/site-search';
import './copy-page-markdown';
import './copy-code-blocks';
import './decision-tool/decision-tool-element';

if (document.querySelector('client-link-builder, my-plan, team-rounds, coach-desk')) void import('./page-apps');

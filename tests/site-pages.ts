import { decisionTools, worksheetPath } from '../src/decision-tools/tools';

/** The reader pages the site publishes, by URL path below the base. */
export const readerPages = ['/', '/check-up/', '/for-owners/', '/for-coaches/', '/for-coaches/desk/', '/worked-example/', '/for-practice-teams/', '/glossary/', '/rules-by-profession/', '/about/', '/my-plan/', '/team/'] as const;

/** Published playbooks; each later playbook issue adds its page here. */
export const playbookPages = [
	'/playbooks/who-owns-marketing/',
	'/playbooks/show-dont-just-tell/',
	'/playbooks/marketing-vs-sales/',
	'/playbooks/management-vs-leadership/',
	'/playbooks/social-media-office-manager/',
] as const;

/** A printable worksheet for every decision tool; kept out of search, where the tools themselves are found. */
export const worksheetPages = decisionTools.map(worksheetPath);

/** Where Starlight writes its "not found" page. */
export const notFoundPage = '/404.html';

/**
 * The five playbooks and their published URLs. A slug here is a promise: once a
 * playbook is live at `/playbooks/<slug>/`, that URL keeps working for good.
 * A playbook appears on the site only when its page exists in `content/docs/playbooks/`.
 */
export const playbookCatalogue = [
	{ slug: 'who-owns-marketing', title: 'Who owns marketing in a group practice' },
	{ slug: 'show-dont-just-tell', title: 'Show, don’t just tell: what a practice can and can’t outsource' },
	{ slug: 'marketing-vs-sales', title: 'Marketing vs sales: which problem do you have?' },
	{ slug: 'management-vs-leadership', title: 'From managing your practice to leading it' },
	{ slug: 'social-media-office-manager', title: 'Who should run your practice’s social media (and why not the office manager)' },
] as const;

export type PlaybookSlug = (typeof playbookCatalogue)[number]['slug'];

export const playbookSlugs = playbookCatalogue.map((playbook) => playbook.slug) as [
	PlaybookSlug,
	...PlaybookSlug[],
];

/** Content entry ids of playbook pages start with this folder name. */
export const PLAYBOOK_FOLDER = 'playbooks';

export function playbookPath(slug: PlaybookSlug): `/${string}` {
	return `/${PLAYBOOK_FOLDER}/${slug}/`;
}

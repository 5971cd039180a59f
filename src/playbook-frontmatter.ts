import { z } from 'astro/zod';
import { playbookSlugs } from './playbooks';

/** Who a page is written for, in the site's three reader paths. */
export const audiences = ['owner', 'coach', 'team'] as const;

/** Each audience as the site names it to readers (the "At a glance" box, the search filter). */
export const audienceLabels = { owner: 'Practice owners', coach: 'Coaches and consultants', team: 'Practice teams' } as const;

/**
 * A work the page cites. Every source has the address where a reader can check it and the date we last
 * checked it there: a rule or a figure can change (the FTC's penalties every January), so a reader needs
 * to know how fresh it is.
 */
const source = z.strictObject({
	/** The work cited, e.g. "APA Ethical Principles of Psychologists, 5.05". */
	title: z.string().min(3),
	/** Who published it, e.g. "American Psychological Association". */
	publisher: z.string().min(2).optional(),
	/** Where to read it: the rule, study or announcement itself, not a summary of it where the original is public. */
	url: z.url({ protocol: /^https?$/ }),
	/** When we last checked the claim against it, as YYYY-MM-DD. */
	checked: z.union([z.date(), z.iso.date()]).pipe(z.coerce.date()),
	/** What it supports or what to know about it, e.g. "the figure changes every January". */
	note: z.string().min(3).optional(),
});

/**
 * Frontmatter every playbook page carries under `playbook:`, on top of Starlight's
 * own fields. It feeds the "At a glance" box, related links and the sources list. No reading time: the build
 * counts it from the page (src/reading-time.ts), and a typed `readingMinutes` is refused as an unknown field.
 */
export const playbookFrontmatter = z.strictObject({
	/** The decision the playbook helps the reader make, as a question. */
	decision: z.string().min(10),
	audience: z.array(z.enum(audiences)).min(1),
	exerciseMinutes: z.number().int().min(1).max(180),
	related: z.array(z.enum(playbookSlugs)).default([]),
	sources: z.array(source).min(1),
	lastReviewed: z.coerce.date(),
});

export type PlaybookFrontmatter = z.infer<typeof playbookFrontmatter>;

/** Extension of Starlight's docs schema: `playbook` is optional here, and required on playbook pages by the route check. */
export const siteFrontmatter = z.object({
	playbook: playbookFrontmatter.optional(),
	/** Who a page other than a playbook is for; search offers it as a filter. Playbooks say it under `playbook:`. */
	audience: z.array(z.enum(audiences)).min(1).optional(),
});

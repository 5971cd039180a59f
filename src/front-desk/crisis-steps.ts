/**
 * What whoever answers a practice's calls or messages does when someone mentions suicide, self-harm or harming
 * someone else. Written once, here, for a receptionist; every front-desk script carries it:
 * - a code block fenced as ```text front-desk (a call) or ```text front-desk=message (a message or comment) gets
 *   these steps added to its text by the build (src/markdown/front-desk-scripts.ts), so a copied script carries
 *   them, and so does the page's Markdown copy (src/share/page-markdown.ts);
 * - `<CrisisSteps />` (src/components/CrisisSteps.astro) shows them in a page's prose, such as an FAQ answer.
 * Each carries `data-front-desk-script` on the built page, and tests/build/front-desk-scripts.test.ts checks that
 * every one says 988, 911 and to bring in a clinician now.
 */

/** A phone call, or a written message: an email, a web form, a text, a social media comment or direct message. */
export type Channel = 'call' | 'message';

export const channels: readonly Channel[] = ['call', 'message'];

/** The attribute that marks a front-desk script on the built page; its value is the channel. */
export const FRONT_DESK_ATTRIBUTE = 'data-front-desk-script';

/** The fence meta that marks a code block as a front-desk script: `front-desk` or `front-desk=message`. */
export function channelOfMeta(meta: string | undefined | null): Channel | undefined {
	const match = /(?:^|\s)front-desk(?:=(call|message))?(?:\s|$)/.exec(meta ?? '');
	return match ? ((match[1] as Channel | undefined) ?? 'call') : undefined;
}

export interface CrisisSteps {
	title: string;
	steps: readonly string[];
	/** What to do with such a voicemail or message found after hours. */
	afterHours: string;
}

const lifeline = 'the 988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org. It is free, day and night.';

export const crisisSteps: Record<Channel, CrisisSteps> = {
	call: {
		title: 'If a caller mentions suicide, self-harm or hurting someone',
		steps: [
			`Stay calm and stay on the line. Don't put them on hold or send them to voicemail.`,
			'In danger right now (hurt, a plan and the means at hand, or a threat to someone)? Call 911, or have a colleague call while you stay with them. Ask where they are.',
			`Otherwise, bring a clinician in now: "I'm going to connect you with [clinician] right now. Please stay with me." Stay until the clinician has them.`,
			`No clinician free? Give them ${lifeline}`,
			'Tell [owner or clinical lead] at once. Notes go in [our secure system], never in the inquiry log.',
		],
		afterHours: `A voicemail or message like this, found after hours: call back now. Can't reach them and think they're in danger? Call 911.`,
	},
	message: {
		title: 'If a message or comment mentions suicide, self-harm or hurting someone',
		steps: [
			'Act now, without waiting for the approval step. Phone [clinician on call] or [owner or clinical lead], so a clinician reaches out to them now.',
			`Reply at once, privately if you can: "Thank you for telling us. If you are in danger right now, call 911. You can also reach ${lifeline}"`,
			`If you know who they are and think they're in danger right now, call 911.`,
			'Save a copy for [owner or clinical lead] before you hide a public comment. Notes go in [our secure system] only.',
		],
		afterHours: `Found after hours? Do the same now: don't leave it for the morning.`,
	},
};

/** Where the steps come from, and when they were checked against those pages. */
export const crisisSources = {
	checked: '2026-12-06',
	checkedText: 'December 6, 2026',
	pages: [
		{ title: '988 Lifeline: Help someone else', url: 'https://988lifeline.org/help-someone-else/' },
		{ title: 'SAMHSA: 988 Suicide & Crisis Lifeline', url: 'https://www.samhsa.gov/mental-health/988' },
	],
} as const;

/** The words `<CrisisSteps />` shows, for the build's count of a page's reading time. */
export function crisisStepsProse(channel: Channel): string {
	const { title, steps, afterHours } = crisisSteps[channel];
	const sources = crisisSources.pages.map(({ title: page }) => page).join(' and ');
	return [title, ...steps, afterHours, `Source: ${sources}, checked ${crisisSources.checkedText}.`].join('\n');
}

/** The steps as plain text for a script, wrapped like the site's other templates and with their source. */
export function crisisStepsText(channel: Channel): string {
	const { title, steps, afterHours } = crisisSteps[channel];
	const source = `Source: ${crisisSources.pages.map(({ url }) => url.replace(/^https:\/\/(www\.)?/, '')).join(' and ')}, checked ${crisisSources.checkedText}.`;
	return [
		title.toUpperCase(),
		...steps.flatMap((step, index) => wrap(step, `${index + 1}. `)),
		...wrap(afterHours, ''),
		...wrap(source, ''),
	].join('\n');
}

const WIDTH = 66;

/** Lines of at most {@link WIDTH} characters (a longer word stays whole), later lines indented under the first's text. */
function wrap(text: string, marker: string): string[] {
	const indent = ' '.repeat(marker.length);
	const lines: string[] = [];
	let line = marker;
	for (const word of text.split(' ')) {
		const start = line === marker || line === indent;
		if (!start && line.length + 1 + word.length > WIDTH) {
			lines.push(line);
			line = indent + word;
		} else line += (start ? '' : ' ') + word;
	}
	lines.push(line);
	return lines;
}

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The axe-core tags every run checks by default: WCAG 2.0 A/AA, 2.1 AA and 2.2 AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations of `tags` on the page (or one part of it), as `rule: targets`. */
export async function wcagViolations(page: Page, part?: string, tags = wcagTags): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(tags);
	const { violations } = await (part ? builder.include(part) : builder).analyze();
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`);
}

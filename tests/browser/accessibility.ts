import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core's WCAG 2.0 A/AA, 2.1 AA and 2.2 AA violations on the page (or one part of it), as `rule: targets`. */
export async function wcagViolations(page: Page, part?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']);
	const { violations } = await (part ? builder.include(part) : builder).analyze();
	return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`);
}

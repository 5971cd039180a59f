import { afterEach, describe, expect, it } from 'vitest';
import { ProjectCopy, playbookPage, validPlaybookFrontmatter } from './project-copy';

const playbookFile = 'content/docs/playbooks/who-owns-marketing.mdx';
let project: ProjectCopy;
afterEach(() => project?.remove());

describe('the build stops on a broken page', () => {
	it('names the file and the field when playbook frontmatter is wrong', async () => {
		project = new ProjectCopy({
			[playbookFile]: playbookPage(validPlaybookFrontmatter.replace('exerciseMinutes: 10', 'exerciseMinutes: ten')),
		});
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain(playbookFile);
		expect(output).toContain('playbook.exerciseMinutes');
	});

	it('names the file when a playbook page has no playbook frontmatter', async () => {
		project = new ProjectCopy({ [playbookFile]: playbookPage('') });
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain(`${playbookFile}: field "playbook" is missing`);
	});

	it('refuses a playbook page at a URL that is not in the catalogue', async () => {
		project = new ProjectCopy({ 'content/docs/playbooks/pricing.mdx': playbookPage(validPlaybookFrontmatter) });
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain('"playbooks/pricing" is not a playbook URL');
	});

	it('refuses a tool on a page other than the one src/decision-tools/tools.ts places it on', async () => {
		project = new ProjectCopy({
			'content/docs/for-coaches.mdx':
				"---\ntitle: For coaches\ndescription: A page that shows a tool placed on another page, for the placement test.\n---\n\nimport DecisionTool from '../../src/components/decision-tool/DecisionTool.astro';\nimport { funnelCheck } from '../../src/decision-tools/models/funnel-check';\n\n<DecisionTool tool={funnelCheck} />\n",
		});
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain('src/decision-tools/tools.ts places it on');
		expect(output).toContain('/playbooks/marketing-vs-sales/');
	});

	it('names a broken internal link', async () => {
		project = new ProjectCopy({
			'content/docs/for-coaches.mdx': '---\ntitle: For coaches\ndescription: A page with a link to a page that does not exist, for the link test.\n---\n\nSee [the pricing guide](/pricing-guide/).\n',
		});
		const { code, output } = await project.build();
		expect(code).not.toBe(0);
		expect(output).toContain('/pricing-guide/');
	});
});

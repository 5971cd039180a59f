import { describe, expect, it } from 'vitest';
import { playbookCatalogue, playbookPath } from '../../src/playbooks';

describe('playbook catalogue', () => {
	it('keeps the five published URLs', () => {
		expect(playbookCatalogue.map(({ slug }) => playbookPath(slug))).toEqual([
			'/playbooks/who-owns-marketing/',
			'/playbooks/show-dont-just-tell/',
			'/playbooks/marketing-vs-sales/',
			'/playbooks/management-vs-leadership/',
			'/playbooks/social-media-office-manager/',
		]);
	});
});

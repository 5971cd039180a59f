// Lives at the project root because `srcDir` is '.' (see README, "Project layout").
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { siteFrontmatter } from './src/playbook-frontmatter';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: siteFrontmatter }) }),
};

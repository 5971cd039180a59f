// `npm run bench`: builds the site, serves dist/ on 127.0.0.1 (gzip, as a static host does) and measures every
// page in Chromium; then times builds of larger copies of the site. Prints tables and writes
// tests/.output/bench/results.json. Timings vary from run to run, so this is not part of `npm test`.
// Settings: BENCH_RUNS (Lighthouse runs a page, default 3), BENCH_GENERATED (default "100,500,1000", or "none").
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { BuiltSite, projectRoot } from '../build/built-site';
import { shellEnv } from '../build/project-copy';
import { launchChromium } from '../browser/chromium';
import { searchQueries } from '../search-queries';
import { timeBuild, type BuildFigures } from './build-scaling';
import { lighthouseMedians } from './lighthouse';
import { bytesBeforeInteraction, searchTimings, toolInputLatency } from './page-measures';
import { kilobytes, markdownTable } from './stats';
import { pageMisses, searchMisses } from './targets';
import { serveStatic } from './static-server';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const generatedCounts = (process.env.BENCH_GENERATED ?? '100,500,1000').split(',').filter((count) => /^\d+$/.test(count)).map(Number);
const output = join(projectRoot, 'tests/.output/bench');
const log = (text: string) => process.stdout.write(`${text}\n`);

it('benchmarks the site', { timeout: 4 * 60 * 60_000 }, async () => {
	log('Building the site…');
	const started = performance.now();
	const build = spawnSync('astro', ['build'], { cwd: projectRoot, env: shellEnv(), encoding: 'utf8' });
	if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}${build.stderr}`);
	const buildSeconds = (performance.now() - started) / 1000;

	const site = new BuiltSite(join(projectRoot, 'dist'));
	const pages = site.pages().filter((path) => path !== '/404.html');
	// The app pages (the team page, which runs a round at once on a member's phone; My plan; the coach's desk) are
	// held to a tool page's targets, as their issues ask.
	const withTool = new Set(pages.filter((path) => site.page(path).querySelector('decision-tool, client-link-builder, team-rounds, my-plan, coach-desk')));
	const server = await serveStatic(site.dir);
	const browser = await launchChromium();
	try {
		log(`Measuring ${pages.length} pages at ${server.url}…`);
		const bytes = new Map(await Promise.all(pages.map(async (path) => [path, await bytesBeforeInteraction(browser, server.url + path)] as const)));
		const search = await searchTimings(browser, `${server.url}/`, searchQueries.slice(0, 6).map(({ query }) => query));
		const tools = new Map<string, Awaited<ReturnType<typeof toolInputLatency>>>();
		for (const path of withTool) {
			// The app pages have no tool form to answer on a first visit.
			const latency = await toolInputLatency(browser, server.url + path);
			if (latency.answers > 0) tools.set(path, latency);
		}
		log(`Lighthouse, mobile, median of ${runs}…`);
		const lighthouse = await lighthouseMedians(pages.map((path) => server.url + path), runs, (url) => log(`  ${url}`));

		const figures = (path: string) => ({ path, tool: withTool.has(path), bytes: bytes.get(path)!, lighthouse: lighthouse.get(server.url + path)!, toolInput: tools.get(path) });
		const misses = new Map(pages.map((path) => [path, pageMisses(figures(path))]));
		const gz = (path: string, type: string) => bytes.get(path)![type]?.encoded ?? 0;
		const pageRows = pages.map((path) => {
			const all = Object.values(bytes.get(path)!);
			const lh = lighthouse.get(server.url + path)!;
			return [
				path, withTool.has(path) ? 'tool' : '', misses.get(path)!.length === 0 ? 'yes' : 'NO',
				kilobytes(gz(path, 'script')), kilobytes(gz(path, 'stylesheet')), kilobytes(gz(path, 'document')),
				all.reduce((sum, { requests }) => sum + requests, 0), kilobytes(all.reduce((sum, { encoded }) => sum + encoded, 0)), kilobytes(all.reduce((sum, { decoded }) => sum + decoded, 0)),
				lh.performance, lh.accessibility, lh.bestPractices, lh.seo, (lh.lcp / 1000).toFixed(2), Math.round(lh.tbt), lh.cls.toFixed(3),
			];
		});
		log('\nEvery page before any interaction (KB on the wire, gzip; CSS for the screen, print styles counted in "all"; Lighthouse mobile, median):\n');
		log(markdownTable(['page', '', 'in targets', 'JS', 'CSS', 'HTML', 'requests', 'all KB', 'decoded KB', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP s', 'TBT ms', 'CLS'], pageRows));
		log('\nSearch (from the home page):\n');
		const searchBytes = Object.values(search.firstSearch);
		log(markdownTable(['first results after the debounce', 'later searches (median)', 'first search downloads', 'requests'], [[
			`${Math.round(search.firstResultsMs)} ms`, `${Math.round(search.laterResultsMs)} ms`,
			`${kilobytes(searchBytes.reduce((sum, { encoded }) => sum + encoded, 0))} KB`, searchBytes.reduce((sum, { requests }) => sum + requests, 0),
		]]));
		log('\nTools: script time per answer, 4× CPU slowdown:\n');
		log(markdownTable(['page', 'answers', 'median ms', 'max ms'], [...tools].map(([path, tool]) => [path, tool.answers, tool.medianMs.toFixed(1), tool.maxMs.toFixed(1)])));
		const outside = [...[...misses].filter(([, pageMissed]) => pageMissed.length > 0).map(([path, pageMissed]) => `${path}: ${pageMissed.join('; ')}`), ...searchMisses(search).map((miss) => `search: ${miss}`)];
		log(outside.length === 0 ? '\nEvery page and search are within issue 11\'s targets.' : `\nOutside issue 11's targets:\n${outside.map((line) => `- ${line}`).join('\n')}`);

		// The page figures are kept before the (long) builds of bigger sites, and again with them.
		const scaling: BuildFigures[] = [];
		const results = {
			date: new Date().toISOString(), chromium: browser.version(), lighthouseRuns: runs, buildSeconds,
			pages: Object.fromEntries(pages.map((path) => [path, { ...figures(path), misses: misses.get(path) }])),
			search, outsideTargets: outside, buildScaling: scaling,
		};
		const save = () => {
			mkdirSync(output, { recursive: true });
			writeFileSync(join(output, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
		};
		save();
		for (const count of [0, ...generatedCounts]) {
			log(`${count === 0 ? '\n' : ''}Timing a build with ${count} generated pages…`);
			scaling.push(await timeBuild(count));
			save();
		}
		log('\nBuild time and Pagefind index by size of site:\n');
		log(markdownTable(['generated pages', 'HTML pages', 'build s', 'index files', 'index KB'], scaling.map((build) => [build.generated, build.pages, build.seconds.toFixed(1), build.indexFiles, kilobytes(build.indexBytes)])));
		log('\nWrote tests/.output/bench/results.json');
	} finally {
		await browser.close();
		await server.close();
	}
});

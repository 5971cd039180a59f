import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../browser/chromium';
import { median } from './stats';

export interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift. */
	lcp: number;
	tbt: number;
	cls: number;
}

/** Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G link, simulated), median of `runs`. */
export async function lighthouseMedians(urls: readonly string[], runs: number, onPage?: (url: string) => void): Promise<Map<string, LighthouseFigures>> {
	const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
	const figures = new Map<string, LighthouseFigures>();
	try {
		for (const url of urls) {
			onPage?.(url);
			const samples: LighthouseFigures[] = [];
			for (let run = 0; run < runs; run += 1) {
				const result = await lighthouse(url, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				const { categories, audits } = result!.lhr;
				samples.push({
					performance: (categories.performance?.score ?? Number.NaN) * 100,
					accessibility: (categories.accessibility?.score ?? Number.NaN) * 100,
					bestPractices: (categories['best-practices']?.score ?? Number.NaN) * 100,
					seo: (categories.seo?.score ?? Number.NaN) * 100,
					lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
					tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
					cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
				});
			}
			const middle = (key: keyof LighthouseFigures) => median(samples.map((sample) => sample[key]));
			figures.set(url, {
				performance: middle('performance'), accessibility: middle('accessibility'), bestPractices: middle('bestPractices'),
				seo: middle('seo'), lcp: middle('lcp'), tbt: middle('tbt'), cls: middle('cls'),
			});
		}
	} finally {
		chrome.kill();
	}
	return figures;
}

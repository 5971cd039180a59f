import { budgetFor, type Measure } from '../budgets';
import type { LighthouseFigures } from './lighthouse';
import type { BytesByType } from './page-measures';
import { kilobytes } from './stats';

/** Issue 11's (and issue 20's) targets that only a measurement can check: Lighthouse, search and a tool's reaction. */
export const measuredTargets = {
	lighthouseScore: 100,
	lcpMs: 1300,
	/** My plan's own target (issue 23). */
	lcpMsByPage: { '/my-plan/': 1200 } as Record<string, number>,
	searchAfterDebounceMs: 100,
	/** Issue 20: a later search, once Pagefind is loaded. */
	laterSearchMs: 30,
	firstSearchBytes: 120 * 1024,
	/** One frame at 60 Hz. */
	toolScriptMs: 16,
} as const;

export interface PageFigures {
	path: string;
	tool: boolean;
	bytes: BytesByType;
	lighthouse: LighthouseFigures;
	toolInput?: { maxMs: number };
}

export interface SearchFigures {
	firstResultsMs: number;
	laterResultsMs: number;
	firstSearch: BytesByType;
}

/** The bytes a page fetched of one kind, on the wire (the budgets' measures, by the browser's resource types). */
const fetched = (bytes: BytesByType, measure: Measure) =>
	bytes[{ scripts: 'script', screenCss: 'stylesheet', html: 'document' }[measure]]?.encoded ?? 0;

/** What keeps one page from its targets, in words; none when it meets them all. */
export function pageMisses({ path, tool, bytes, lighthouse, toolInput }: PageFigures): string[] {
	const misses: string[] = [];
	for (const [measure, name] of [['scripts', 'JS'], ['screenCss', 'CSS'], ['html', 'HTML']] as const) {
		const size = fetched(bytes, measure);
		if (size > budgetFor(measure, tool)) misses.push(`${name} ${kilobytes(size)} KB > ${kilobytes(budgetFor(measure, tool))} KB`);
	}
	for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
		if (!(lighthouse[category] >= measuredTargets.lighthouseScore)) misses.push(`${category} ${lighthouse[category]}`);
	}
	const lcpTarget = measuredTargets.lcpMsByPage[path] ?? measuredTargets.lcpMs;
	if (!(lighthouse.lcp <= lcpTarget)) misses.push(`LCP ${(lighthouse.lcp / 1000).toFixed(2)} s > ${lcpTarget / 1000} s`);
	if (toolInput && !(toolInput.maxMs < measuredTargets.toolScriptMs)) misses.push(`tool ${toolInput.maxMs.toFixed(1)} ms an answer`);
	return misses;
}

/** What keeps search from its targets; none when it meets them. */
export function searchMisses({ firstResultsMs, laterResultsMs, firstSearch }: SearchFigures): string[] {
	const misses: string[] = [];
	if (!(firstResultsMs <= measuredTargets.searchAfterDebounceMs)) misses.push(`first results ${Math.round(firstResultsMs)} ms after the debounce`);
	if (!(laterResultsMs <= measuredTargets.laterSearchMs)) misses.push(`later searches ${Math.round(laterResultsMs)} ms after the debounce`);
	const downloaded = Object.values(firstSearch).reduce((sum, { encoded }) => sum + encoded, 0);
	if (downloaded > measuredTargets.firstSearchBytes) misses.push(`first search downloads ${kilobytes(downloaded)} KB`);
	return misses;
}

import { fragmentParts } from '../decision-tools/link-fragment';
import { decodeRoundSummary, SUMMARY_KEY, summaryRound } from '../team/round-summary';
import { roundByKey } from '../team/rounds';
import type { DeskLinkReader } from './desk-links';

/**
 * A team round's summary (`/team/#summary=…`, ../team/round-summary.ts) on the desk: kept under the client as
 * one link per round (`team-round:mk`), its pooled totals read with the round's model when shown.
 */
export const ROUND_LINK = 'team-round:';
const TEAM_PAGE = '/team/';

export const roundSummaryReader: DeskLinkReader = ({ path, fragment }) => {
	const value = path === TEAM_PAGE ? fragmentParts(fragment).get(SUMMARY_KEY) : undefined;
	if (value === undefined) return undefined;
	const round = summaryRound(value);
	if ('problem' in round) return { ok: false, problem: round.problem };
	return { ok: true, links: [{ toolId: `${ROUND_LINK}${round.key}`, path: TEAM_PAGE, fragment: `${SUMMARY_KEY}=${value}` }] };
};

/** The round's summary in words, or why it can't be read now. */
export async function readRoundLink(toolId: string, fragment: string) {
	const model = roundByKey(toolId.slice(ROUND_LINK.length));
	if (!model) return { ok: false as const, problem: 'This round is not one this site has any more. The link is kept as it is.' };
	return decodeRoundSummary(fragment.slice(SUMMARY_KEY.length + 1), model);
}

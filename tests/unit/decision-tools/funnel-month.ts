/** One month's five counts, as the funnel check's answers. */
export const month = (inquiries: number, goodFit: number, consults: number, started: number, openings: number) => ({
	inquiries,
	'good-fit': goodFit,
	consults,
	started,
	openings,
});

/**
 * The notices over a live tool's form: answers from a link, answers that could not be read, a browser that
 * keeps nothing. Only a live tool can need them, so they are drawn when it wakes, not sent with every page.
 */
export function addNotices(tool: HTMLElement): void {
	tool.querySelector('.decision-tool-intro')!.insertAdjacentHTML(
		'afterend',
		`<div class="decision-tool-notices">
			<div class="decision-tool-notice" data-notice="shared" hidden>
				<p>
					<strong data-shared-by>These answers were shared with you.</strong> Changes you make here are not
					saved unless you keep them, and your own saved answers stay as they were.
					<span data-shared-replaces hidden>Keeping these answers replaces the ones you saved before.</span>
				</p>
				<button type="button" data-action="keep-shared">Keep these as my answers</button>
				<button type="button" data-action="start-own">Start my own</button>
			</div>
			<div class="decision-tool-notice decision-tool-notice-problem" data-notice="problems" role="alert" hidden>
				<p data-problems-title></p>
				<ul data-problems-list></ul>
			</div>
			<p class="decision-tool-notice" data-notice="storage" hidden>
				This browser is not letting the site save anything, so your answers will not be kept when you leave
				the page. Everything else works.
			</p>
		</div>`,
	);
}

import { canKeep, keptKeys } from '../kept/kept';
import type { MyPlanApp } from './my-plan-app';
import { drawControls, drawEmptyPlan } from './plan-controls';

/**
 * <my-plan>, loaded by the site's script on the plan page only. A reader with nothing kept here (most first
 * visits) gets the empty plan from this small file; the app (./my-plan-app.ts, with every kind of tool's
 * result reader) loads at once when something is kept, a shared plan is in the address or storage is blocked,
 * and otherwise when the reader first acts (restores a file, forgets, follows a shared plan's link).
 */
class MyPlanElement extends HTMLElement {
	private app: Promise<MyPlanApp> | undefined;

	connectedCallback(): void {
		this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
		if (location.hash || !canKeep() || keptKeys().length) {
			void this.openApp(true);
			return;
		}
		const root = this.querySelector<HTMLElement>('[data-plan]')!;
		root.replaceChildren(drawEmptyPlan(this.dataset.checkUp!), drawControls([]));
		// The first of these opens the app, which then listens itself: these stop, so nothing is handled twice.
		const waiting = new AbortController();
		const handOver = (event: Event) => {
			if (event.type === 'click' && !(event.target as Element).closest('[data-plan-action]')) return;
			waiting.abort();
			void this.openApp(false).then((app) => app.handle(event));
		};
		root.addEventListener('change', handOver, { signal: waiting.signal });
		root.addEventListener('click', handOver, { signal: waiting.signal });
		window.addEventListener(
			'hashchange',
			() => {
				waiting.abort();
				void this.openApp(true);
			},
			{ signal: waiting.signal },
		);
	}

	/** The app, made once; `draw` when it should draw the plan now rather than take over the empty plan shown. */
	private openApp(draw: boolean): Promise<MyPlanApp> {
		this.app ??= import('./my-plan-app').then(({ MyPlanApp }) => new MyPlanApp(this, draw));
		return this.app;
	}
}

customElements.define('my-plan', MyPlanElement);

import type { ToolsOfKinds } from '../../decision-tools/kinds/parts';
import type { ToolsByKind } from '../../decision-tools/kinds/registry';
import type { DecisionTool } from '../../decision-tools/model';
import CheckUpKey from './CheckUpKey.astro';
import ComparisonForm from './ComparisonForm.astro';
import ComparisonKey from './ComparisonKey.astro';
import FunnelKey from './FunnelKey.astro';
import ProfileKey from './ProfileKey.astro';
import QuestionForm from './QuestionForm.astro';
import ScoringKey from './ScoringKey.astro';
import SelfCheckKey from './SelfCheckKey.astro';
import SortingKey from './SortingKey.astro';
import TaskSortingForm from './TaskSortingForm.astro';

/** What every form is given: the tool, and whether it is printed (a worksheet: tables to fill in by hand). */
export interface FormProps<Tool> {
	tool: Tool;
	paper: boolean;
}

/** What every key is given: a form's props, and the level of the key's own headings (4 under a tool's h3, 3 on a worksheet). */
export interface KeyProps<Tool> extends FormProps<Tool> {
	headingLevel: 3 | 4;
}

// An Astro component is a function of its props; what it returns is Astro's own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Component<Props> = (props: Props) => any;
type Parts<Tool> = { Key: Component<KeyProps<Tool>>; Form: Component<FormProps<Tool>> };

/** The server table of a set of kinds: each kind's key and form. */
export type ComponentsRegistry<Tools extends ToolsOfKinds<Tools> = ToolsByKind> = { [K in keyof Tools]: Parts<Tools[K]> };

/**
 * The kind registry's server table (see src/decision-tools/kinds/registry.ts): how to work each
 * kind of tool out by hand (its key), and its questions as an HTML form (most kinds ask their
 * questions one by one with QuestionForm). Rendered at build time only.
 */
const kindComponents = {
	scored: { Key: ScoringKey, Form: QuestionForm },
	sorting: { Key: SortingKey, Form: TaskSortingForm },
	funnel: { Key: FunnelKey, Form: QuestionForm },
	profile: { Key: ProfileKey, Form: QuestionForm },
	selfcheck: { Key: SelfCheckKey, Form: QuestionForm },
	comparison: { Key: ComparisonKey, Form: ComparisonForm },
	checkup: { Key: CheckUpKey, Form: QuestionForm },
} satisfies ComponentsRegistry;

/** The key and the form for this tool's kind. */
export function componentsOf(tool: DecisionTool): Parts<DecisionTool> {
	return kindComponents[tool.kind] as Parts<DecisionTool>;
}

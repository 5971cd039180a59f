import type { ToolsOfKinds } from '../../decision-tools/kinds/parts';
import type { ToolsByKind } from '../../decision-tools/kinds/registry';
import type { DecisionTool } from '../../decision-tools/model';
import { byKind } from './kind-files';
import QuestionForm from './QuestionForm.astro';

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
 * The kind registry's server table (see src/decision-tools/kinds/registry.ts), with no line to write:
 * each kind's key (./kind-files.ts), how to work it out by hand, is `<Kind>Key.astro` here, and its questions as an HTML
 * form are `<Kind>Form.astro` when it has its own, else QuestionForm (most kinds ask their questions one
 * by one). Each file says its tool's type in its Props; a unit test (kind-files.test.ts) fails when a kind
 * of the registry has no key here. ToolKey and ToolForm, which call this, are not a kind's. Rendered at build time only.
 */
const keys = byKind(import.meta.glob<Component<KeyProps<never>>>(['./*Key.astro', '!./ToolKey.astro'], { eager: true, import: 'default' }), 'Key');
const forms = byKind(import.meta.glob<Component<FormProps<never>>>(['./*Form.astro', '!./ToolForm.astro', '!./QuestionForm.astro'], { eager: true, import: 'default' }), 'Form');

/** The key and the form for this tool's kind. */
export function componentsOf(tool: DecisionTool): Parts<DecisionTool> {
	const Key = keys[tool.kind];
	if (!Key) throw new Error(`The kind "${tool.kind}" has no key: add src/components/decision-tool/<Kind>Key.astro (see README "Add a decision tool").`);
	return { Key, Form: forms[tool.kind] ?? QuestionForm } as Parts<DecisionTool>;
}

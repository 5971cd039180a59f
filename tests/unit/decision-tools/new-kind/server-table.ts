/**
 * The server table for the new kind, as kind-components.ts builds it: the key is found by its name
 * (ChecklistKey.astro → checklist), so the kind writes no line for it. Checked by `astro check` (the type
 * layer of `npm test`), never run, because only Astro can load .astro files. The key's own Props say
 * which tool it is for, and a key made for another kind does not type-check in its place.
 */
import { byKind } from '../../../../src/components/decision-tool/kind-files';
import type { ComponentsRegistry } from '../../../../src/components/decision-tool/kind-components';
import QuestionForm from '../../../../src/components/decision-tool/QuestionForm.astro';
import ScoredKey from '../../../../src/components/decision-tool/ScoredKey.astro';
import type { ToolsByKind } from '../../../../src/decision-tools/kinds/registry';
import ChecklistKey from './ChecklistKey.astro';
import type { ChecklistTool } from './checklist';

type WithChecklist = ToolsByKind & { checklist: ChecklistTool };
type Table = ComponentsRegistry<WithChecklist>;

/** The keys in this folder, by kind, the way the site finds its own. */
export const keys = byKind(import.meta.glob(['./*Key.astro'], { eager: true, import: 'default' }), 'Key');

/** The new kind's entry: its key, and the form every question-by-question kind shares. */
export const checklistComponents = { Key: ChecklistKey, Form: QuestionForm } satisfies Table['checklist'];

// @ts-expect-error A kind without a key is refused.
export const withoutKey = { Form: QuestionForm } satisfies Table['checklist'];

// @ts-expect-error Another kind's key is refused: it is made for another tool.
export const wrongKey = { Key: ScoredKey, Form: QuestionForm } satisfies Table['checklist'];

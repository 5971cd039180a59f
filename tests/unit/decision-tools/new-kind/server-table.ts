/**
 * The server table for the new kind, checked by `astro check` (the type layer of `npm test`): never run,
 * because only Astro can load .astro files. A kind lacking its key does not type-check.
 */
import type { ComponentsRegistry } from '../../../../src/components/decision-tool/kind-components';
import QuestionForm from '../../../../src/components/decision-tool/QuestionForm.astro';
import ScoringKey from '../../../../src/components/decision-tool/ScoringKey.astro';
import type { ToolsByKind } from '../../../../src/decision-tools/kinds/registry';
import ChecklistKey from './ChecklistKey.astro';
import type { ChecklistTool } from './checklist';

type WithChecklist = ToolsByKind & { checklist: ChecklistTool };
type Table = ComponentsRegistry<WithChecklist>;

/** The new kind's entry: its key, and the form every question-by-question kind shares. */
export const checklistComponents = { Key: ChecklistKey, Form: QuestionForm } satisfies Table['checklist'];

// @ts-expect-error A kind without a key is refused.
export const withoutKey = { Form: QuestionForm } satisfies Table['checklist'];

// @ts-expect-error Another kind's key is refused: it is made for another tool.
export const wrongKey = { Key: ScoringKey, Form: QuestionForm } satisfies Table['checklist'];

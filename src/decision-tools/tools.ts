import type { DecisionTool } from './model';
import { marketingOwnershipPlanner } from './models/marketing-ownership-planner';
import { showOrTellSorter } from './models/show-or-tell-sorter';

/** Every decision tool on the site. */
export const decisionTools: DecisionTool[] = [marketingOwnershipPlanner, showOrTellSorter];

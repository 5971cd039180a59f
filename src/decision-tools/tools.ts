import type { DecisionTool } from './model';
import { marketingOwnershipPlanner } from './models/marketing-ownership-planner';

/** Every decision tool on the site. */
export const decisionTools: DecisionTool[] = [marketingOwnershipPlanner];

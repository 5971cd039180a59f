import type { DecisionTool } from './model';
import { funnelCheck } from './models/funnel-check';
import { idealPatientProfile } from './models/ideal-patient-profile';
import { managerOrLeader } from './models/manager-or-leader';
import { marketingOwnershipPlanner } from './models/marketing-ownership-planner';
import { showOrTellSorter } from './models/show-or-tell-sorter';
import { socialMediaLead } from './models/social-media-lead';

/** Every decision tool on the site. */
export const decisionTools: DecisionTool[] = [marketingOwnershipPlanner, showOrTellSorter, funnelCheck, idealPatientProfile, managerOrLeader, socialMediaLead];

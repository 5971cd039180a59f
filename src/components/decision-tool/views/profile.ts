import type { Answers } from '../../../decision-tools/answers';
import type { ProfileTool } from '../../../decision-tools/model';
import { buildProfile, profileAsText } from '../../../decision-tools/kinds/profile/profile';
import { renderProfile } from '../render-profile';
import type { ToolView } from '../view';

export function view(tool: ProfileTool, answers: Answers): ToolView {
	const profile = buildProfile(tool, answers);
	return { content: renderProfile(tool, profile), announcement: '', text: (pageUrl) => profileAsText(tool, profile, pageUrl) };
}

import { checkAnswers, checksum, clip, ID, MAX_REPLY_LENGTH, newer, REPLY_FORMAT, type Decoded, type Reply } from './reply-codec';
import { NAME_MAX_LENGTH, type RoundModel } from './round-model';

/** Reading a reply, on the owner's side only (the member's page only makes them). Format: ./reply-codec.ts. */
const damaged = 'This reply link has been changed or cut short since it was made, so it was not taken in. Ask the person to send it again.';

/** Reads a reply (the part after `reply=`). Never throws; a problem says what went wrong in plain words. */
export function decodeReply(text: string, models: readonly RoundModel[]): Decoded<Reply> {
	if (text.length > MAX_REPLY_LENGTH) return { ok: false, problem: 'This reply link is far longer than any this page makes, so it was not taken in.' };
	const cut = text.lastIndexOf('~');
	const body = text.slice(0, cut);
	if (cut < 0 || checksum(body) !== text.slice(cut + 1)) return { ok: false, problem: damaged };
	const [header = '', ...pairs] = body.split(';');
	const [formatText = '', key = '', versionText = '', round = '', member = '', ...rest] = header.split('.');
	if (!/^\d{1,4}$/.test(formatText) || !/^\d{1,4}$/.test(versionText) || !ID.test(round) || !ID.test(member) || rest.length) {
		return { ok: false, problem: damaged };
	}
	if (Number(formatText) > REPLY_FORMAT) return { ok: false, problem: newer('reply') };
	const model = models.find((candidate) => candidate.key === key);
	if (!model) return { ok: false, problem: 'This reply is for a kind of round this page does not know. Reload the page, then try again.' };
	const version = Number(versionText);
	if (version > model.version) return { ok: false, problem: newer('reply') };
	const problems: string[] = [];
	const raw: Record<string, string[]> = {};
	let name: string | undefined;
	for (const pair of pairs) {
		const separator = pair.indexOf(':');
		const values = separator > 0 ? decodeAll(pair.slice(separator + 1).split(',')) : undefined;
		if (!values) {
			problems.push('Part of the reply could not be read and was left out.');
			continue;
		}
		const id = pair.slice(0, separator);
		if (id === 'n') {
			name = clip(values.join(',').trim(), NAME_MAX_LENGTH) || undefined;
			continue;
		}
		const migrated = migrate(model, version, id, values);
		if (migrated) raw[migrated.id] = migrated.values;
	}
	const checked = checkAnswers(model, raw);
	return { ok: true, value: { model, round, member, name, answers: checked.answers }, problems: [...problems, ...checked.problems] };
}

function decodeAll(parts: string[]): string[] | undefined {
	try {
		return parts.map((part) => decodeURIComponent(part));
	} catch {
		return undefined;
	}
}

/** Follows renames from the reply's version to the model's; null when the question was removed. */
function migrate(model: RoundModel, version: number, id: string, values: string[]): { id: string; values: string[] } | null {
	let current = { id, values };
	for (const step of model.migrations.filter((migration) => migration.from >= version).sort((a, b) => a.from - b.from)) {
		const renamed = step.questions?.[current.id];
		if (renamed === null) return null;
		const values = current.values.flatMap((value) => {
			const choice = step.choices?.[`${current.id}:${value}`];
			return choice === null ? [] : [choice ?? value];
		});
		current = { id: renamed ?? current.id, values };
	}
	return current;
}


// `npm test`: runs the four test layers in order and stops at the first that fails.
// Its last line is the totals of everything that ran: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = fileURLToPath(new URL('./.output/', import.meta.url));
const totals = { passed: 0, failed: 0 };

/** Runs a command; it counts as one test. */
function step(label, command, args) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	const ok = status === 0;
	totals[ok ? 'passed' : 'failed'] += 1;
	return ok;
}

/** Runs one vitest project and adds its test counts. */
function vitestLayer(project) {
	const report = `${reports}${project}.json`;
	rmSync(report, { force: true });
	console.log(`\n▶ ${project} tests`);
	const { status } = spawnSync(
		'vitest',
		[
			'run',
			'--config', 'tests/vitest.config.ts',
			'--project', project,
			'--reporter', 'default',
			'--reporter', 'json',
			'--outputFile.json', report,
		],
		{ cwd: root, stdio: 'inherit' },
	);
	let counted = false;
	let failures = 0;
	let failedSuites = 0;
	try {
		const { numPassedTests, numFailedTests, numFailedTestSuites } = JSON.parse(readFileSync(report, 'utf8'));
		totals.passed += numPassedTests;
		totals.failed += numFailedTests;
		counted = numPassedTests + numFailedTests > 0;
		failures = numFailedTests;
		failedSuites = numFailedTestSuites;
	} catch {
		// No report: vitest itself failed to start. Count the layer as one failure.
	}
	// A layer can fail with no failed test (a suite that errors or holds no tests): count its failed suites.
	if (status !== 0 && failures === 0) totals.failed += Math.max(1, failedSuites);
	if (status === 0 && !counted) {
		console.error(`The ${project} layer ran no tests.`);
		totals.failed += 1;
		return false;
	}
	return status === 0;
}

mkdirSync(reports, { recursive: true });
const passed =
	step('types', 'astro', ['check']) &&
	vitestLayer('unit') &&
	step('build', 'astro', ['build']) &&
	vitestLayer('build') &&
	vitestLayer('browser');

console.log(passed ? '\nAll test layers passed.' : '\nA test layer failed; later layers did not run.');
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(passed ? 0 : 1);

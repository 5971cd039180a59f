/**
 * The hashes of Starlight 0.42.4's own inline scripts (theme, sidebar, search shortcut), pinned in the
 * Content-Security-Policy of every page (astro.config.mjs): Astro hashes the scripts it bundles, not the
 * inline ones Starlight writes itself. tests/build/security.test.ts recomputes every inline script's hash:
 * on an upgrade it names any that changed, and this list is updated to match.
 */
export const starlightScriptHashes = [
	'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
	'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
] as const;

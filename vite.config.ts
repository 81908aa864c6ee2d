import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Integration tests (*.db.test.ts) run once per database engine: always on the embedded
// PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['questionnaires'] } },
	test: {
		// Vitest's default is one worker per core but one: on a 2-core machine, one test file at a
		// time, while PostgreSQL and the embedded engine's worker leave the other core half idle.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.db.test.ts'],
					environment: 'node'
				}
			},
			...engines.map((engine) => ({
				extends: true as const,
				test: {
					name: engine,
					include: ['src/**/*.db.test.ts'],
					environment: 'node',
					env: { TEST_ENGINE: engine },
					globalSetup: ['src/lib/server/testing/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			})),
			// Against the production build (run after `npm run build`): one server per engine.
			...engines.map((engine) => ({
				extends: true as const,
				test: {
					name: `http-${engine}`,
					include: ['tests/http/**/*.http.test.ts'],
					environment: 'node',
					env: { TEST_ENGINE: engine },
					globalSetup: ['tests/http/setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 90_000,
					fileParallelism: false
				}
			}))
		]
	}
});

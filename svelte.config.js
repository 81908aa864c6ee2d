import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Scripts, journeys and benchmarks are type-checked and linted with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../scripts/**/*.ts',
					'../e2e/**/*.ts',
					'../bench/**/*.ts',
					'../tests/**/*.ts',
					'../playwright.config.ts'
				);
			}
		},
		adapter: adapter({ out: 'build', precompress: true }),
		// SvelteKit's CSRF origin check stays on (the default); the CSP is set here so that
		// SvelteKit adds nonces/hashes for its own inline scripts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;

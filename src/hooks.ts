// Universal hooks: how values that are not plain data cross from server to browser.
import type { Transport } from '@sveltejs/kit';
import { Packed } from '$lib/packed';

export const transport: Transport = {
	Packed: {
		encode: (value) => value instanceof Packed && value.json,
		decode: (json: string) => Packed.parse(json)
	}
};

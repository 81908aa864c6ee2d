// What every action's form needs from the page without passing it through each list: the plan's
// actions (to choose dependencies from) and the action opened without script (?edit=<id>).
import { getContext, setContext } from 'svelte';

export interface PlanContext {
	/** Every visible action of the plan, in plan order. */
	actions: () => { id: string; text: string }[];
	/** The action whose form the server rendered open (no script), or null. */
	editing: () => string | null;
}

const KEY = Symbol('plan');

export const setPlanContext = (context: PlanContext) => setContext(KEY, context);
export const planContext = () => getContext<PlanContext>(KEY);

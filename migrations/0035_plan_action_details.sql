-- What an action needs to be carried out (issue 14): the role layer that owns it, what exists
-- when it is done, and the actions it depends on. Like text and phase, null follows the
-- recommendation (which carries its own owner role, deliverable and dependencies in
-- `suggested`); a value is what a person set, and regenerating never touches it.
alter table plan_actions
	add column owner_role text
		check (owner_role in ('executive', 'middle_manager', 'specialist')),
	add column deliverable text check (char_length(deliverable) <= 600),
	-- Ids of actions of the same plan. No foreign key on array elements: the service checks
	-- them (same plan, no cycle) and the view ignores an id whose row has gone.
	add column depends_on uuid[] check (cardinality(depends_on) <= 50);

-- "Not applicable": a statement that does not apply to the organisation, with a reason from a
-- fixed list and an optional note. It lives on the answer row (level null, as for "don't know"),
-- so saving it is the same idempotent upsert guarded by the client's sequence number.
alter table answers
	add column na_reason text
		check (na_reason in ('not-relevant', 'out-of-scope', 'decided-elsewhere', 'other')),
	add column na_note text check (char_length(na_note) <= 500),
	add constraint answers_na_has_no_level check (na_reason is null or level is null),
	add constraint answers_na_note_needs_reason check (na_note is null or na_reason is not null);

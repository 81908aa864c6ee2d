-- Login throttling without a lockout weapon (issue 17 §4). One row per throttled key: an
-- account (every address), a client address (every account) or the pair of both. Each attempt
-- reserves a password check on its keys in one statement per key (atomic under concurrency);
-- past a number of free attempts each further one must wait a delay that doubles, up to a
-- ceiling. A pair that logged in successfully is remembered (known_until): from there only the
-- pair's own limit applies, so an attacker elsewhere — or behind the same NAT — cannot slow the
-- owner down. The old table counted one row per failure.
drop table login_failures;

create table login_failures (
	scope text not null check (scope in ('account', 'address', 'pair')),
	account citext not null default '',
	address text not null default '',
	failures integer not null default 0,
	last_failure_at timestamptz not null default now(),
	blocked_until timestamptz not null default now(),
	known_until timestamptz,
	primary key (scope, account, address)
);
create index login_failures_account_idx on login_failures (account);
create index login_failures_last_idx on login_failures (last_failure_at);

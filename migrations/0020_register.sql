-- The customer register: customers, their interactions and satisfaction entries, and CSV
-- imports. Search, duplicate keys and the sort key are generated columns computed by the
-- functions below, so every writer (forms, imports, JSON restores) keeps them right.
-- src/lib/register/normalise.ts mirrors these functions; a test proves they agree.

-- Search form of a text: Arabic letter variants folded into Persian (ي ى→ی, ك→ک, ة ۀ→ه,
-- أ إ آ ٱ→ا, ؤ→و), Persian and Arabic-Indic digits into Latin, A–Z into a–z, invisible
-- controls (ZWNJ, bidi marks, BOM), tatweel and short vowels removed, whitespace collapsed.
create function register_normalise(s text) returns text
language sql immutable strict parallel safe
return btrim(regexp_replace(
	translate(
		regexp_replace(s, '[\u00ad\u0640\u064b-\u065f\u0670\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]', '', 'g'),
		'ABCDEFGHIJKLMNOPQRSTUVWXYZ' || U&'\064A\0649\0643\0629\06C0\0623\0625\0622\0671\0624'
			|| U&'\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669',
		'abcdefghijklmnopqrstuvwxyz' || U&'\06CC\06CC\06A9\0647\0647\0627\0627\0627\0627\0648'
			|| '01234567890123456789'
	),
	'[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+', ' ', 'g'), ' ');

-- The digits of a phone number, whatever script they were typed in.
create function register_phone_digits(s text) returns text
language sql immutable strict parallel safe
return regexp_replace(register_normalise(s), '[^0-9]', '', 'g');

-- Duplicate keys. A phone is compared on its last ten digits, so 0912…, +98 912… and
-- 0098 912… are one number; fewer than seven digits is not a usable key.
create function register_phone_key(s text) returns text
language sql immutable strict parallel safe
return case when length(register_phone_digits(s)) >= 7 then right(register_phone_digits(s), 10) end;

create function register_email_key(s text) returns text
language sql immutable strict parallel safe
return nullif(replace(register_normalise(s), ' ', ''), '');

-- What search matches against. Fields are joined by a newline, which a normalised query can
-- never contain, so a query never matches across two fields.
create function register_search_text(name text, email text, phone text, city text) returns text
language sql immutable parallel safe
return register_normalise(coalesce(name, '')) || E'\n' || register_normalise(coalesce(email, ''))
	|| E'\n' || register_normalise(coalesce(phone, '')) || E'\n' || coalesce(register_phone_digits(phone), '')
	|| E'\n' || register_normalise(coalesce(city, ''));

-- Sorting by name in Persian alphabetical order under the C collation: Unicode puts پ چ ژ ک گ
-- after the Arabic letters, so each Persian letter is mapped to a private-use code point in
-- alphabet order (ئ sorts as ی).
create function register_sort_key(name text) returns text
language sql immutable strict parallel safe
return translate(register_normalise(name),
	U&'\0621\0627\0628\067E\062A\062B\062C\0686\062D\062E\062F\0630\0631\0632\0698\0633\0634\0635\0636\0637\0638\0639\063A\0641\0642\06A9\06AF\0644\0645\0646\0648\0647\06CC\0626',
	U&'\E000\E001\E002\E003\E004\E005\E006\E007\E008\E009\E00A\E00B\E00C\E00D\E00E\E00F\E010\E011\E012\E013\E014\E015\E016\E017\E018\E019\E01A\E01B\E01C\E01D\E01E\E01F\E020\E020');

-- A CSV import: the uploaded file is kept in chunks below (in the database, so any app
-- instance can continue it), checked, then applied in one transaction.
create table register_imports (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id) on delete cascade,
	created_by uuid references users (id) on delete set null,
	file_name text not null,
	byte_size bigint not null default 0,
	chunk_count integer not null default 0,
	encoding text not null default 'utf-8' check (encoding in ('utf-8', 'windows-1256', 'utf-16le', 'utf-16be')),
	status text not null default 'uploading'
		check (status in ('uploading', 'uploaded', 'checked', 'imported', 'failed')),
	options jsonb,
	summary jsonb,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (organisation_id, id)
);
create index register_imports_organisation_idx on register_imports (organisation_id, created_at desc);

create table register_import_chunks (
	import_id uuid not null references register_imports (id) on delete cascade,
	seq integer not null check (seq >= 0),
	data bytea not null,
	primary key (import_id, seq)
);

-- Problems found in a file, for the downloadable report (row 1 is the header).
create table register_import_issues (
	import_id uuid not null references register_imports (id) on delete cascade,
	ordinal integer not null,
	row_number integer not null,
	field text,
	column_name text,
	message text not null,
	params jsonb,
	value text,
	primary key (import_id, ordinal)
);

-- The column mapping an organisation last used, by normalised header: the next suggestion.
create table register_import_mappings (
	organisation_id uuid primary key references organisations (id) on delete cascade,
	mapping jsonb not null,
	updated_at timestamptz not null default now()
);

create table customers (
	id uuid primary key default gen_random_uuid(),
	-- Insertion order: the tie-breaker of every keyset page and the "newest" sort.
	seq bigint generated always as identity,
	organisation_id uuid not null references organisations (id) on delete cascade,
	kind text not null default 'person' check (kind in ('person', 'company')),
	name text not null check (length(name) between 1 and 200),
	tier text check (length(tier) <= 60),
	tags text[] not null default '{}',
	channel text check (channel in ('email', 'phone', 'fax', 'website', 'app', 'in_person')),
	email text,
	phone text,
	city text,
	industry text,
	annual_value numeric(18, 2) check (annual_value >= 0),
	acquisition_source text,
	acquisition_cost numeric(18, 2) check (acquisition_cost >= 0),
	owner_id uuid references users (id) on delete set null,
	notes text,
	consent boolean not null default false,
	consent_at date,
	-- The latest satisfaction entry, kept here so lists filter and count without a join.
	satisfaction text check (satisfaction in ('dissatisfied', 'satisfied', 'delighted')),
	satisfaction_gap smallint,
	-- Optimistic concurrency: an edit names the version it started from.
	version integer not null default 1,
	import_id uuid references register_imports (id) on delete set null,
	archived_at timestamptz,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	search text not null generated always as (register_search_text(name, email, phone, city)) stored,
	sort_name text collate "C" not null generated always as (register_sort_key(name)) stored,
	email_key text generated always as (register_email_key(email)) stored,
	phone_key text generated always as (register_phone_key(phone)) stored,
	unique (organisation_id, id)
);
create index customers_search_trgm_idx on customers using gin (search gin_trgm_ops);
create index customers_tags_idx on customers using gin (tags);
create index customers_name_idx on customers (organisation_id, sort_name, seq)
	where archived_at is null;
create index customers_recent_idx on customers (organisation_id, seq) where archived_at is null;
create index customers_value_idx on customers (organisation_id, (coalesce(annual_value, -1)), seq)
	where archived_at is null;
create index customers_archived_idx on customers (organisation_id, archived_at)
	where archived_at is not null;
create index customers_email_key_idx on customers (organisation_id, email_key)
	where email_key is not null;
create index customers_phone_key_idx on customers (organisation_id, phone_key)
	where phone_key is not null;

create table customer_interactions (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null,
	customer_id uuid not null,
	occurred_on date not null,
	channel text not null check (channel in ('email', 'phone', 'fax', 'website', 'app', 'in_person')),
	summary text not null check (length(summary) between 1 and 2000),
	member_id uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	-- Through (organisation, customer): an entry can never hang off another tenant's customer.
	foreign key (organisation_id, customer_id) references customers (organisation_id, id) on delete cascade
);
create index customer_interactions_customer_idx
	on customer_interactions (customer_id, occurred_on desc, created_at desc);

-- Satisfaction is performance against expectation (both 1–5); the gap decides the class.
create table customer_satisfaction (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null,
	customer_id uuid not null,
	measured_on date not null,
	expectation smallint not null check (expectation between 1 and 5),
	performance smallint not null check (performance between 1 and 5),
	note text check (length(note) <= 1000),
	member_id uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	foreign key (organisation_id, customer_id) references customers (organisation_id, id) on delete cascade
);
create index customer_satisfaction_customer_idx
	on customer_satisfaction (customer_id, measured_on desc, created_at desc);

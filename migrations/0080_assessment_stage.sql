-- Where the organisation stands with CRM (DOMAIN 004/001, issue 15 §5: readiness versus
-- maturity): no CRM yet, choosing one, implementing, or live and improving. Statements whose
-- upper levels need a live CRM are reworded or not asked before that stage. Null for
-- assessments created before the stage was recorded: every statement is asked as written.
alter table assessments add column stage text
	check (stage in ('no_crm', 'choosing', 'implementing', 'live'));

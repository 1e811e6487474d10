"""A judge model grades sentence answers by meaning (correct / incorrect / not attempted),
where exact match cannot: its template, strict verdict parse, verdict cache, sanity check
on every run, and agreement with people's labels. docs/judge.md says how to choose one."""

-- Training authoring: learning paths have a place in the catalog and can be retired (kept for the record,
-- no longer offered); a quiz question that an edit changes or drops is retired rather than deleted, so an
-- attempt that drew it can still be shown and scored. Positions are therefore unique only among the live
-- questions, which the service keeps; the old constraint over every row goes.
alter table training_path add column catalog_position integer not null default 0;
alter table training_path add column retired_at timestamp with time zone;
update training_path set catalog_position = id;

alter table training_question add column retired_at timestamp with time zone;
alter table training_question drop constraint uq_training_question_position;
create index ix_training_question_quiz on training_question (quiz_id, position);

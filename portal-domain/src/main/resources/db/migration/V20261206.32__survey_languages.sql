-- A survey's title and introduction per language. English ('en') is required and is what each text falls
-- back to; survey.title keeps the English title, which lists sort by.
create table survey_text (
    survey_id bigint        not null references survey (id) on delete cascade,
    language  varchar(8)    not null,
    title     varchar(200)  not null,
    intro     varchar(2000),
    primary key (survey_id, language)
);
insert into survey_text (survey_id, language, title) select id, 'en', title from survey;

-- The language a personal link's recipient reads (chosen when inviting); their account's language wins.
alter table survey_invitation add column language varchar(8);

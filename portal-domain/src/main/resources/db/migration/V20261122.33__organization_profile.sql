-- What a partner tells about itself, used for co-branding: contact, industries and a logo.
alter table partner_organization add column contact_name varchar(120);
alter table partner_organization add column contact_email varchar(254);
alter table partner_organization add column contact_phone varchar(40);
alter table partner_organization add column website varchar(200);
alter table partner_organization add column industries varchar(500);

create table organization_logo (
    organization_id bigint primary key references partner_organization (id),
    media_type      varchar(20) not null,
    image           bytea       not null,
    updated_at      timestamp with time zone not null,
    constraint ck_organization_logo_type check (media_type in ('image/png', 'image/jpeg'))
);

-- The vendor-side partner manager responsible for an organization (a CHANNEL_MANAGER or ADMIN account).
alter table partner_organization add column partner_manager_id bigint references portal_user (id);
create index ix_partner_organization_manager on partner_organization (partner_manager_id);

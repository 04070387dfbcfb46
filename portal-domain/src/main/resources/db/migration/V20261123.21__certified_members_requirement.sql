-- Tiers may require a number of active members holding a certification (named by its code).
alter table tier_requirement add column certification_code varchar(60);
alter table tier_requirement drop constraint ck_tier_requirement_kind;
alter table tier_requirement add constraint ck_tier_requirement_kind
    check (kind in ('ONBOARDING_COMPLETE', 'ACTIVE_MEMBERS', 'CERTIFIED_MEMBERS'));
alter table tier_requirement add constraint ck_tier_requirement_certification
    check ((kind = 'CERTIFIED_MEMBERS' and certification_code is not null)
        or (kind <> 'CERTIFIED_MEMBERS' and certification_code is null));

-- The vendor's products an organization sells, so that news about a product reaches the organizations selling it.
alter table partner_organization add column products varchar(800);

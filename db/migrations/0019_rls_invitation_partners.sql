-- Row-level security for the tenant tables created after 0017_rls.sql (invitation_partners):
-- the same forced org policy as every other (servio_secure_tenant_tables, idempotent).
SELECT servio_secure_tenant_tables();

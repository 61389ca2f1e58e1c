import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORG = `nullif(current_setting('app.org_id', true), '')::uuid`;

/**
 * The court directory was one set of rows for every organisation, and an organisation's admin
 * corrected it for all: a remapped locality moved the courts another organisation's locality
 * closures close, and with them its deadlines; a renamed court renamed it in another
 * organisation's documents. Now the statewide directory Haven ships is read-only to the app, and
 * an admin's correction is the organisation's own: a court's details in `court_override`, a
 * locality's courts in `court_locality_override`, a court it adds in `court` with its
 * organisation_id. `court_in_force` and `court_locality_in_force` are what the organisation sees
 * (its override, else the statewide row); every read goes through them. Corrections made before
 * this migration stay in the statewide rows: who made them is in the audit trail.
 */
export class CourtDirectoryPerOrganisation1795780000000 implements MigrationInterface {
  name = 'CourtDirectoryPerOrganisation1795780000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign key to organisation: removing organisations with TRUNCATE ... CASCADE (as the
    // test suites do) would empty the whole statewide directory through it. An organisation's own
    // courts outlive it as ids no other organisation can see.
    await q.query(`alter table court add column organisation_id uuid null`);
    // Court ids stay one namespace (petitions, orders and closures name a court by id); names are
    // unique among the statewide courts and among each organisation's own.
    await q.query(`alter table court drop constraint uq_court_name`);
    await q.query(
      `create unique index uq_court_name_statewide on court (name) where organisation_id is null`,
    );
    await q.query(
      `create unique index uq_court_name_organisation on court (organisation_id, name) where organisation_id is not null`,
    );
    await q.query(`alter table court enable row level security`);
    await q.query(
      `create policy court_read on court for select using (organisation_id is null or organisation_id = ${ORG})`,
    );
    await q.query(
      `create policy court_add on court for insert with check (organisation_id = ${ORG})`,
    );
    await q.query(`
      create policy court_correct on court for update
        using (organisation_id = ${ORG}) with check (organisation_id = ${ORG})`);

    await q.query(`
      create table court_override (
        organisation_id uuid not null,
        court_id text not null,
        name text not null,
        address text,
        phone text,
        active boolean not null,
        updated_at timestamptz not null default now(),
        updated_by uuid,
        constraint pk_court_override primary key (organisation_id, court_id),
        constraint fk_court_override_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_court_override_court foreign key (court_id) references court (id) on delete cascade,
        constraint ck_court_override_name check (length(trim(name)) > 0)
      )`);
    await q.query(`
      create table court_locality_override (
        organisation_id uuid not null,
        locality_id text not null,
        jdr_court_id text not null,
        gdc_court_id text not null,
        circuit_court_id text not null,
        magistrate_court_id text not null,
        updated_at timestamptz not null default now(),
        updated_by uuid,
        constraint pk_court_locality_override primary key (organisation_id, locality_id),
        constraint fk_court_locality_override_organisation foreign key (organisation_id)
          references organisation (id) on delete cascade,
        constraint fk_court_locality_override_locality foreign key (locality_id)
          references court_locality (id) on delete cascade,
        constraint fk_court_locality_override_jdr foreign key (jdr_court_id) references court (id) on delete restrict,
        constraint fk_court_locality_override_gdc foreign key (gdc_court_id) references court (id) on delete restrict,
        constraint fk_court_locality_override_circuit foreign key (circuit_court_id) references court (id) on delete restrict,
        constraint fk_court_locality_override_magistrate foreign key (magistrate_court_id) references court (id) on delete restrict
      )`);
    await q.query(`alter table court_override enable row level security`);
    await q.query(`
      create policy tenant_isolation on court_override
        using (organisation_id = ${ORG}) with check (organisation_id = ${ORG})`);
    await q.query(`alter table court_locality_override enable row level security`);
    await q.query(`
      create policy tenant_isolation on court_locality_override
        using (organisation_id = ${ORG}) with check (organisation_id = ${ORG})`);
    await q.query(
      `grant select, insert, update, delete on court_override, court_locality_override to haven_app`,
    );

    // What the organisation of the session sees; security_invoker, so the policies above apply too
    // (the view filters another organisation's courts itself, for a reader that bypasses them).
    await q.query(`
      create view court_in_force with (security_invoker = true) as
      select c.id, c.kind,
             case when o.court_id is null then c.name else o.name end as name,
             case when o.court_id is null then c.address else o.address end as address,
             case when o.court_id is null then c.phone else o.phone end as phone,
             case when o.court_id is null then c.active else o.active end as active,
             c.organisation_id
        from court c
        left join court_override o on o.court_id = c.id and o.organisation_id = ${ORG}
       where c.organisation_id is null or c.organisation_id = ${ORG}`);
    await q.query(`
      create view court_locality_in_force with (security_invoker = true) as
      select l.id, l.name, l.kind,
             coalesce(o.jdr_court_id, l.jdr_court_id) as jdr_court_id,
             coalesce(o.gdc_court_id, l.gdc_court_id) as gdc_court_id,
             coalesce(o.circuit_court_id, l.circuit_court_id) as circuit_court_id,
             coalesce(o.magistrate_court_id, l.magistrate_court_id) as magistrate_court_id
        from court_locality l
        left join court_locality_override o on o.locality_id = l.id and o.organisation_id = ${ORG}`);
    await q.query(`grant select on court_in_force, court_locality_in_force to haven_app`);
    // The statewide rows are Haven's, changed by a migration, never by an organisation.
    await q.query(`revoke update on court_locality from haven_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`grant update on court_locality to haven_app`);
    await q.query(`drop view court_locality_in_force`);
    await q.query(`drop view court_in_force`);
    await q.query(`drop table court_locality_override`);
    await q.query(`drop table court_override`);
    await q.query(`drop policy court_correct on court`);
    await q.query(`drop policy court_add on court`);
    await q.query(`drop policy court_read on court`);
    await q.query(`alter table court disable row level security`);
    await q.query(`delete from court where organisation_id is not null`);
    await q.query(`drop index uq_court_name_organisation`);
    await q.query(`drop index uq_court_name_statewide`);
    await q.query(`alter table court add constraint uq_court_name unique (name)`);
    await q.query(`alter table court drop column organisation_id`);
  }
}

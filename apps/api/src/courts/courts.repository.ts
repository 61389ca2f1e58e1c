import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type { DirectoryCourtKind } from '@haven/contracts';

/** A court row as the directory stores it. */
export interface CourtRow {
  id: string;
  kind: DirectoryCourtKind;
  name: string;
  address: string | null;
  phone: string | null;
  active: boolean;
  localityIds: string[];
}

/** A locality row and the four courts that serve it. */
export interface LocalityRow {
  id: string;
  name: string;
  kind: 'county' | 'city';
  jdrCourtId: string;
  gdcCourtId: string;
  circuitCourtId: string;
  magistrateCourtId: string;
}

const COURT_SELECT = `
  select c.id, c.kind, c.name, c.address, c.phone, c.active,
         coalesce((select array_agg(l.id order by l.id) from court_locality_in_force l
                    where c.id in (l.jdr_court_id, l.gdc_court_id, l.circuit_court_id,
                                   l.magistrate_court_id)), '{}') as "localityIds"
    from court_in_force c`;

const LOCALITY_SELECT = `
  select id, name, kind, jdr_court_id as "jdrCourtId", gdc_court_id as "gdcCourtId",
         circuit_court_id as "circuitCourtId", magistrate_court_id as "magistrateCourtId"
    from court_locality_in_force`;

/**
 * The court directory as the session's organisation sees it (migration 1795780000000): the
 * statewide courts and localities Haven ships, with the organisation's own corrections over them
 * and the courts it added. A correction is written to the organisation's override, never to a
 * statewide row, so no organisation's edit reaches another's courts, closures or deadlines.
 */
@Injectable()
export class CourtsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findAllCourts(manager?: EntityManager): Promise<CourtRow[]> {
    return (await (manager ?? this.dataSource.manager).query(
      `${COURT_SELECT} order by c.name`,
    )) as CourtRow[];
  }

  async getCourtOrNull(manager: EntityManager, id: string): Promise<CourtRow | null> {
    const [row] = (await manager.query(`${COURT_SELECT} where c.id = $1`, [id])) as CourtRow[];
    return row ?? null;
  }

  async findAllLocalities(manager?: EntityManager): Promise<LocalityRow[]> {
    return (await (manager ?? this.dataSource.manager).query(
      `${LOCALITY_SELECT} order by name`,
    )) as LocalityRow[];
  }

  async getLocalityOrNull(manager: EntityManager, id: string): Promise<LocalityRow | null> {
    const [row] = (await manager.query(`${LOCALITY_SELECT} where id = $1`, [id])) as LocalityRow[];
    return row ?? null;
  }

  /** The locality of that name, ignoring case and surrounding spaces. */
  async findLocalityByName(manager: EntityManager, name: string): Promise<LocalityRow | null> {
    const [row] = (await manager.query(`${LOCALITY_SELECT} where lower(name) = lower(trim($1))`, [
      name,
    ])) as LocalityRow[];
    return row ?? null;
  }

  /** Which of `ids` name no court of the directory (kinds limit the courts that count). */
  async unknownCourtIds(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await manager.query(`select id from court_in_force where id = any($1::text[])`, [
      ids,
    ])) as Array<{ id: string }>;
    const known = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }

  async unknownLocalityIds(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await manager.query(
      `select id from court_locality_in_force where id = any($1::text[])`,
      [ids],
    )) as Array<{ id: string }>;
    const known = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }

  /** The id of the court of the directory with that name (ignoring case and spaces), or null. */
  async findCourtIdByName(manager: EntityManager, name: string): Promise<string | null> {
    const [row] = (await manager.query(
      `select id from court_in_force where lower(name) = lower(trim($1)) limit 1`,
      [name],
    )) as Array<{ id: string }>;
    return row?.id ?? null;
  }

  /** Adds the organisation's own court; false when a court of that id exists (anyone's). */
  async insertCourt(
    manager: EntityManager,
    organisationId: string,
    court: Omit<CourtRow, 'localityIds' | 'active'>,
    userId: string,
  ): Promise<boolean> {
    const rows = (await manager.query(
      `insert into court (id, kind, name, address, phone, updated_by, organisation_id)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (id) do nothing returning id`,
      [court.id, court.kind, court.name, court.address, court.phone, userId, organisationId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The organisation's correction of a court's details (its override of the court). */
  async updateCourt(
    manager: EntityManager,
    organisationId: string,
    id: string,
    court: Pick<CourtRow, 'name' | 'address' | 'phone' | 'active'>,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `insert into court_override (organisation_id, court_id, name, address, phone, active, updated_by)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (organisation_id, court_id) do update
         set name = excluded.name, address = excluded.address, phone = excluded.phone,
             active = excluded.active, updated_by = excluded.updated_by, updated_at = now()`,
      [organisationId, id, court.name, court.address, court.phone, court.active, userId],
    );
  }

  /** The organisation's correction of the courts that serve a locality. */
  async updateLocality(
    manager: EntityManager,
    organisationId: string,
    row: LocalityRow,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `insert into court_locality_override (organisation_id, locality_id, jdr_court_id, gdc_court_id,
                                            circuit_court_id, magistrate_court_id, updated_by)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (organisation_id, locality_id) do update
         set jdr_court_id = excluded.jdr_court_id, gdc_court_id = excluded.gdc_court_id,
             circuit_court_id = excluded.circuit_court_id,
             magistrate_court_id = excluded.magistrate_court_id,
             updated_by = excluded.updated_by, updated_at = now()`,
      [
        organisationId,
        row.id,
        row.jdrCourtId,
        row.gdcCourtId,
        row.circuitCourtId,
        row.magistrateCourtId,
        userId,
      ],
    );
  }

  /**
   * Serialises the organisation's edits of one court or locality (two admins' corrections apply
   * one after the other); the statewide row itself is not the app's to lock.
   */
  async lockForEdit(manager: EntityManager, organisationId: string, key: string): Promise<void> {
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `court-directory:${organisationId}:${key}`,
    ]);
  }
}

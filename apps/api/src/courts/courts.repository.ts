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
         coalesce(array_agg(distinct l.id order by l.id) filter (where l.id is not null), '{}') as "localityIds"
    from court c
    left join court_locality l
      on c.id in (l.jdr_court_id, l.gdc_court_id, l.circuit_court_id, l.magistrate_court_id)`;

const LOCALITY_SELECT = `
  select id, name, kind, jdr_court_id as "jdrCourtId", gdc_court_id as "gdcCourtId",
         circuit_court_id as "circuitCourtId", magistrate_court_id as "magistrateCourtId"
    from court_locality`;

/**
 * The court directory: reference tables shared by every organisation (no organisation_id, so no
 * row-level security to scope), read and written with plain SQL as the read models are.
 */
@Injectable()
export class CourtsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findAllCourts(manager?: EntityManager): Promise<CourtRow[]> {
    return (await (manager ?? this.dataSource.manager).query(
      `${COURT_SELECT} group by c.id order by c.name`,
    )) as CourtRow[];
  }

  async getCourtOrNull(manager: EntityManager, id: string): Promise<CourtRow | null> {
    const [row] = (await manager.query(`${COURT_SELECT} where c.id = $1 group by c.id`, [
      id,
    ])) as CourtRow[];
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
    const rows = (await manager.query(`select id from court where id = any($1::text[])`, [
      ids,
    ])) as Array<{ id: string }>;
    const known = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }

  async unknownLocalityIds(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await manager.query(`select id from court_locality where id = any($1::text[])`, [
      ids,
    ])) as Array<{ id: string }>;
    const known = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !known.has(id));
  }

  async insertCourt(
    manager: EntityManager,
    court: Omit<CourtRow, 'localityIds' | 'active'>,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `insert into court (id, kind, name, address, phone, updated_by) values ($1, $2, $3, $4, $5, $6)`,
      [court.id, court.kind, court.name, court.address, court.phone, userId],
    );
  }

  async updateCourt(
    manager: EntityManager,
    id: string,
    court: Pick<CourtRow, 'name' | 'address' | 'phone' | 'active'>,
    userId: string,
  ): Promise<void> {
    await manager.query(
      `update court set name = $2, address = $3, phone = $4, active = $5, updated_by = $6,
              updated_at = now()
        where id = $1`,
      [id, court.name, court.address, court.phone, court.active, userId],
    );
  }

  async updateLocality(manager: EntityManager, row: LocalityRow): Promise<void> {
    await manager.query(
      `update court_locality set jdr_court_id = $2, gdc_court_id = $3, circuit_court_id = $4,
              magistrate_court_id = $5
        where id = $1`,
      [row.id, row.jdrCourtId, row.gdcCourtId, row.circuitCourtId, row.magistrateCourtId],
    );
  }

  /** Locks the court row so two admins' edits of it apply one after the other. */
  async lockCourt(manager: EntityManager, id: string): Promise<boolean> {
    const rows = (await manager.query(`select id from court where id = $1 for update`, [
      id,
    ])) as unknown[];
    return rows.length > 0;
  }
}

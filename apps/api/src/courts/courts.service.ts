import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import type {
  CourtDirectoryResponse,
  CourtLocalityResponse,
  CourtResponse,
} from '@haven/contracts';

import { AccessDenials } from '@api/audit/access-denials';
import { AuditService } from '@api/audit/audit.service';
import type { Actor } from '@api/common/actor';
import { DomainError } from '@api/common/errors/domain-error';

import { CourtDirectory } from './court-directory';
import { CourtsRepository, type LocalityRow } from './courts.repository';
import type { CreateCourtDto, UpdateCourtDto, UpdateCourtLocalityDto } from './dto/court.dto';

const LOCALITY_SLOTS = [
  ['jdrCourtId', ['JDR', 'COMBINED']],
  ['gdcCourtId', ['GDC', 'COMBINED']],
  ['circuitCourtId', ['CIRCUIT']],
  ['magistrateCourtId', ['MAGISTRATE']],
] as const;

/**
 * Reading the court directory, and an admin's corrections of it for the organisation (audited):
 * the statewide directory is the same for all, a correction is the organisation's own.
 */
@Injectable()
export class CourtsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courts: CourtsRepository,
    private readonly directory: CourtDirectory,
    private readonly audit: AuditService,
    private readonly denials: AccessDenials,
  ) {}

  async list(): Promise<CourtDirectoryResponse> {
    const [courts, localities] = [
      await this.courts.findAllCourts(),
      await this.courts.findAllLocalities(),
    ];
    return { courts, localities };
  }

  /** An organisation adds a court of its own (a court the statewide directory lacks). */
  async create(actor: Actor, dto: CreateCourtDto): Promise<CourtResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, actor.organisationId, dto.name, null);
      const added = await this.courts.insertCourt(
        manager,
        actor.organisationId,
        {
          id: dto.id,
          kind: dto.kind,
          name: dto.name.trim(),
          address: dto.address?.trim() || null,
          phone: dto.phone?.trim() || null,
        },
        actor.userId,
      );
      if (!added) {
        throw new DomainError('COURT_EXISTS', 'conflict', 'A court with this id exists.', 'id');
      }
      await this.record(actor, 'court_created', dto.id, ['id', 'kind', 'name'], manager);
      return this.reread(manager, dto.id);
    });
  }

  async update(actor: Actor, courtId: string, dto: UpdateCourtDto): Promise<CourtResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.courts.lockForEdit(manager, actor.organisationId, `court:${courtId}`);
      const before = await this.courts.getCourtOrNull(manager, courtId);
      if (!before) {
        // Audited like a refused id on every other route, so a probe of the directory is seen.
        await this.denials.deny(actor, 'court', courtId);
        throw courtNotFound();
      }
      const next = {
        name: dto.name?.trim() ?? before.name,
        address: dto.address === undefined ? before.address : dto.address?.trim() || null,
        phone: dto.phone === undefined ? before.phone : dto.phone?.trim() || null,
        active: dto.active ?? before.active,
      };
      if (next.name !== before.name)
        await this.assertNameFree(manager, actor.organisationId, next.name, courtId);
      const changed = (Object.keys(next) as Array<keyof typeof next>).filter(
        (k) => next[k] !== before[k],
      );
      await this.courts.updateCourt(manager, actor.organisationId, courtId, next, actor.userId);
      await this.record(actor, 'court_updated', courtId, changed, manager);
      return this.reread(manager, courtId);
    });
  }

  async updateLocality(
    actor: Actor,
    localityId: string,
    dto: UpdateCourtLocalityDto,
  ): Promise<CourtLocalityResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.courts.lockForEdit(manager, actor.organisationId, `locality:${localityId}`);
      const before = await this.courts.getLocalityOrNull(manager, localityId);
      if (!before) {
        await this.denials.deny(actor, 'court_locality', localityId);
        throw new DomainError('LOCALITY_NOT_FOUND', 'not_found', 'Locality not found.');
      }
      const next: LocalityRow = { ...before };
      const changed: string[] = [];
      for (const [slot, kinds] of LOCALITY_SLOTS) {
        const id = dto[slot];
        if (id === undefined || id === before[slot]) continue;
        const court = await this.courts.getCourtOrNull(manager, id);
        if (!court) await this.directory.assertCourts(manager, slot, [id]);
        if (court && !(kinds as readonly string[]).includes(court.kind)) {
          throw new DomainError(
            'COURT_KIND_MISMATCH',
            'invalid',
            `is a ${court.kind} court; this slot takes ${kinds.join(' or ')}`,
            slot,
          );
        }
        next[slot] = id;
        changed.push(slot);
      }
      await this.courts.updateLocality(manager, actor.organisationId, next, actor.userId);
      await this.record(actor, 'court_locality_updated', localityId, changed, manager);
      return next;
    });
  }

  /**
   * People choose a court by its name, so no two courts of the organisation's directory (its own,
   * its corrections and the statewide ones) may share one. Two admins giving one name at once are
   * judged one after the other.
   */
  private async assertNameFree(
    manager: EntityManager,
    organisationId: string,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    await this.courts.lockForEdit(manager, organisationId, `name:${name.trim().toLowerCase()}`);
    const holder = await this.courts.findCourtIdByName(manager, name);
    if (holder !== null && holder !== exceptId) {
      throw new DomainError(
        'COURT_NAME_EXISTS',
        'conflict',
        'Another court of the directory has this name.',
        'name',
      );
    }
  }

  /** The court just written or locked in this transaction. */
  private async reread(manager: EntityManager, id: string): Promise<CourtResponse> {
    const court = await this.courts.getCourtOrNull(manager, id);
    if (!court) throw courtNotFound();
    return court;
  }

  private async record(
    actor: Actor,
    action: 'court_created' | 'court_updated' | 'court_locality_updated',
    targetId: string,
    changed: string[],
    manager = this.dataSource.manager,
  ): Promise<void> {
    await this.audit.record(
      {
        action,
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        targetType: action === 'court_locality_updated' ? 'court_locality' : 'court',
        targetId,
        details: { changed },
      },
      manager,
    );
  }
}

function courtNotFound(): DomainError {
  return new DomainError('COURT_NOT_FOUND', 'not_found', 'Court not found.');
}

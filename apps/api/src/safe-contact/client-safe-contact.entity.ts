import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { MailInstruction, PhoneInstruction } from '@haven/contracts';

import { ClientEntity } from '@api/parties/client.entity';
import { UserEntity } from '@api/users/user.entity';

/**
 * A client's safe-contact instructions (issue 19): structured choices a letter is checked against,
 * with the safe address and the note sealed and never selected by default.
 */
@Entity({ name: 'client_safe_contact' })
@ForeignKey(() => ClientEntity, ['clientId', 'organisationId'], ['id', 'organisationId'], {
  name: 'fk_client_safe_contact_client',
  onDelete: 'CASCADE',
})
@ForeignKey(() => UserEntity, ['updatedBy'], ['id'], {
  name: 'fk_client_safe_contact_updated_by',
  onDelete: 'SET NULL',
})
@Check(
  'ck_client_safe_contact_mail',
  `mail in ('home_ok', 'no_mail_at_home', 'safe_address_only', 'no_mail')`,
)
@Check('ck_client_safe_contact_phone', `phone in ('voicemail_ok', 'no_voicemail', 'no_calls')`)
@Check(
  'ck_client_safe_contact_safe_address',
  `mail <> 'safe_address_only' or safe_address_enc is not null`,
)
@Check(
  'ck_client_safe_contact_encrypted',
  `(safe_address_enc is null or safe_address_enc like 'v1:%') and
          (note_enc is null or note_enc like 'v1:%')`,
)
export class ClientSafeContactEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_client_safe_contact',
  })
  clientId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  mail!: MailInstruction;

  @Column({ type: 'text' })
  phone!: PhoneInstruction;

  @Column({ name: 'safe_address_enc', type: 'text', nullable: true, select: false })
  safeAddressEnc!: string | null;

  @Column({ name: 'note_enc', type: 'text', nullable: true, select: false })
  noteEnc!: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

import type {
  CreateCourtRequest,
  DirectoryCourtKind,
  UpdateCourtLocalityRequest,
  UpdateCourtRequest,
} from '@haven/contracts';

import { IsNotBlank } from '@api/common/validation/is-not-blank';
import { IsPhoneNumber } from '@api/common/validation/is-phone-number';

export const DIRECTORY_COURT_KINDS: readonly DirectoryCourtKind[] = [
  'JDR',
  'GDC',
  'COMBINED',
  'CIRCUIT',
  'MAGISTRATE',
];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CreateCourtDto implements CreateCourtRequest {
  @ApiProperty({
    maxLength: 80,
    example: 'jdr-fairfax',
    description: 'Lower-case slug, words joined by "-".',
  })
  @IsString()
  @Matches(SLUG, { message: 'must be a slug: lower-case letters and digits joined by "-"' })
  @MaxLength(80)
  id!: string;

  @ApiProperty({ enum: DIRECTORY_COURT_KINDS, enumName: 'DirectoryCourtKind' })
  @IsIn(DIRECTORY_COURT_KINDS, { message: `must be one of ${DIRECTORY_COURT_KINDS.join(', ')}` })
  kind!: DirectoryCourtKind;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 40, nullable: true, example: '555-0100' })
  @IsOptional()
  @IsPhoneNumber()
  phone?: string | null;
}

export class UpdateCourtDto implements UpdateCourtRequest {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @ValidateIf((o: UpdateCourtDto) => o.name !== undefined)
  @IsString()
  @IsNotBlank({ message: 'is required' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 40, nullable: true })
  @IsOptional()
  @IsPhoneNumber()
  phone?: string | null;

  @ApiPropertyOptional({
    description: 'False retires the court from the choices; records keep it.',
  })
  @ValidateIf((o: UpdateCourtDto) => o.active !== undefined)
  @IsBoolean()
  active?: boolean;
}

const COURT_ID = { maxLength: 80, example: 'jdr-fairfax' };

export class UpdateCourtLocalityDto implements UpdateCourtLocalityRequest {
  @ApiPropertyOptional(COURT_ID)
  @ValidateIf((o: UpdateCourtLocalityDto) => o.jdrCourtId !== undefined)
  @IsString()
  @MaxLength(80)
  jdrCourtId?: string;

  @ApiPropertyOptional(COURT_ID)
  @ValidateIf((o: UpdateCourtLocalityDto) => o.gdcCourtId !== undefined)
  @IsString()
  @MaxLength(80)
  gdcCourtId?: string;

  @ApiPropertyOptional(COURT_ID)
  @ValidateIf((o: UpdateCourtLocalityDto) => o.circuitCourtId !== undefined)
  @IsString()
  @MaxLength(80)
  circuitCourtId?: string;

  @ApiPropertyOptional(COURT_ID)
  @ValidateIf((o: UpdateCourtLocalityDto) => o.magistrateCourtId !== undefined)
  @IsString()
  @MaxLength(80)
  magistrateCourtId?: string;
}

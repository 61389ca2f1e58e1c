import { ApiProperty, ApiSchema } from '@nestjs/swagger';

import type {
  CourtDirectoryResponse,
  CourtLocalityResponse,
  CourtResponse,
  DirectoryCourtKind,
} from '@haven/contracts';

import { DIRECTORY_COURT_KINDS } from './court.dto';

@ApiSchema({ name: 'CourtResponse', description: 'One court of the Virginia court directory.' })
export class CourtResponseDoc implements CourtResponse {
  @ApiProperty({ example: 'jdr-fairfax' }) id!: string;
  @ApiProperty({ enum: DIRECTORY_COURT_KINDS, enumName: 'DirectoryCourtKind' })
  kind!: DirectoryCourtKind;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [String], description: 'The localities the court serves.' })
  localityIds!: string[];
}

@ApiSchema({
  name: 'CourtLocalityResponse',
  description: 'A county or independent city and the courts that serve it.',
})
export class CourtLocalityResponseDoc implements CourtLocalityResponse {
  @ApiProperty({ example: 'fairfax' }) id!: string;
  @ApiProperty({ example: 'Fairfax County' }) name!: string;
  @ApiProperty({ enum: ['county', 'city'] }) kind!: 'county' | 'city';
  @ApiProperty() jdrCourtId!: string;
  @ApiProperty() gdcCourtId!: string;
  @ApiProperty() circuitCourtId!: string;
  @ApiProperty() magistrateCourtId!: string;
}

@ApiSchema({ name: 'CourtDirectoryResponse', description: 'Every court and every locality.' })
export class CourtDirectoryResponseDoc implements CourtDirectoryResponse {
  @ApiProperty({ type: [CourtResponseDoc] }) courts!: CourtResponseDoc[];
  @ApiProperty({ type: [CourtLocalityResponseDoc] }) localities!: CourtLocalityResponseDoc[];
}

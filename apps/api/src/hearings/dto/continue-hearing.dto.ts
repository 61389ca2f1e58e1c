import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';

import type { ContinueHearingRequest } from '@haven/contracts';

import { IsCivilDate } from '@api/common/validation/is-civil-date';
import { CIVIL_DATE_SCHEMA, CLOCK_TIME_SCHEMA } from '@api/common/openapi/schema-options';

import { TIME_OF_DAY } from './hearing-vocabulary';

/** Service in open court is of the extended order, so it needs `preliminaryOrderExtended`. */
function OnlyWithExtension(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'onlyWithExtension',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'may only be true when preliminaryOrderExtended is true' },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          value !== true ||
          (args.object as { preliminaryOrderExtended?: unknown }).preliminaryOrderExtended === true,
      },
    });
  };
}

export class ContinueHearingDto implements ContinueHearingRequest {
  @ApiProperty({ ...CIVIL_DATE_SCHEMA, description: 'The new hearing date.' })
  @IsCivilDate()
  scheduledOn!: string;

  @ApiPropertyOptional(CLOCK_TIME_SCHEMA)
  @IsOptional()
  @Matches(TIME_OF_DAY, { message: 'must be a time written HH:MM (24-hour)' })
  scheduledTime?: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    description: 'Why the court continued the hearing.',
  })
  @IsString()
  @Matches(/\S/, { message: 'must say why the hearing was continued' })
  @MaxLength(500)
  reason!: string;

  @ApiPropertyOptional({
    type: Boolean,
    description:
      'The court extended the preliminary order to the new date (A-05): recorded as a new ' +
      'preliminary order following it, stating the new hearing date as its expiry.',
  })
  @IsOptional()
  @IsBoolean()
  preliminaryOrderExtended?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'With preliminaryOrderExtended: the respondent was served in open court.',
  })
  @IsOptional()
  @IsBoolean()
  @OnlyWithExtension()
  servedInOpenCourt?: boolean;
}

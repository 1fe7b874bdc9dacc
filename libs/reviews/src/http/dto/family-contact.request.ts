import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { DateField, OptionalTextField, TextField } from '@dhr/platform-http';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, ContactChannel, ContactOutcome } from '../../domain/family';

export class FamilyContactRequest {
  @TextField(200, 'Mother of MA 1 (by relationship, never by name)') person: string;
  @TextField(100, 'Mother') relationship: string;
  @ApiProperty({ enum: CONTACT_CHANNELS }) @IsIn(CONTACT_CHANNELS) channel: ContactChannel;
  @DateField('not in the future, nor before the notification') contactedOn: string;
  @ApiProperty({ enum: CONTACT_OUTCOMES, description: 'no_reply when nobody answered' })
  @IsIn(CONTACT_OUTCOMES)
  outcome: ContactOutcome;
  @OptionalTextField(5000) notes?: string | null;
}

import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '../../domain/family';

export class FamilyContactResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() person: string;
  @ApiProperty() relationship: string;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel: string;
  @ApiProperty() channelLabel: string;
  @ApiProperty({ format: 'date' }) contactedOn: string;
  @ApiProperty({ enum: CONTACT_OUTCOMES }) outcome: string;
  @ApiProperty() outcomeLabel: string;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ format: 'uuid' }) recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class FamilyContactList {
  @ApiProperty({ type: [FamilyContactResponse] }) items: FamilyContactResponse[];
}

import { ApiProperty } from '@nestjs/swagger';

export class MailboxMessageResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ type: String, nullable: true }) body: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
}

export class MailboxPage {
  @ApiProperty({ type: [MailboxMessageResponse] }) items: MailboxMessageResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

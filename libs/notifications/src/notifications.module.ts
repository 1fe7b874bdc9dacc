import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailOutbox } from './application/email-outbox';
import { MailboxController } from './http/mailbox.controller';
import { DeliverEmailProcessor } from './jobs/deliver-email.processor';
import { EmailMessageEntity } from './persistence/email-message.entity';
import { EmailMessageRepository } from './persistence/email-message.repository';

@Module({
  imports: [TypeOrmModule.forFeature([EmailMessageEntity])],
  controllers: [MailboxController],
  providers: [EmailOutbox, EmailMessageRepository],
  exports: [EmailOutbox],
})
export class NotificationsModule {}

@Module({
  imports: [TypeOrmModule.forFeature([EmailMessageEntity])],
  providers: [EmailOutbox, EmailMessageRepository, DeliverEmailProcessor],
  exports: [EmailOutbox],
})
export class NotificationsWorkerModule {}

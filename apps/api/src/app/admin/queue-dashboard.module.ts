import { Module } from '@nestjs/common';
import { QueueDashboardController } from './queue-dashboard.controller';

@Module({ controllers: [QueueDashboardController] })
export class QueueDashboardModule {}

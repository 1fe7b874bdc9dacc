import { Injectable } from '@nestjs/common';
import { SessionCheck } from '@dhr/platform-auth';
import { SessionRepository } from '../persistence/session.repository';

@Injectable()
export class SessionCheckService implements SessionCheck {
  constructor(private readonly sessions: SessionRepository) {}

  isLive(sessionId: string, userId: string): Promise<boolean> {
    return this.sessions.isLive(sessionId, userId);
  }
}

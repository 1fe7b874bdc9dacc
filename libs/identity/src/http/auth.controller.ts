import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PartnershipDirectory } from '@dhr/partnerships';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Actor, CurrentActor, Public, SignedIn } from '@dhr/platform-auth';
import { DomainError } from '@dhr/platform-domain';
import { AuthService, SignedIn as SignedInResult } from '../application/auth.service';
import { UserService } from '../application/user.service';
import { LoginRequest, MeResponse, SetPasswordRequest, SignedInResponse } from './dto/auth.dto';
import { toMeResponse } from './me.mapper';

export const REFRESH_COOKIE = 'dhr_refresh';
const REFRESH_COOKIE_PATH = '/api/v1/auth';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly directory: PartnershipDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('auth/login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: SignedInResponse })
  async login(
    @Body() body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedInResponse> {
    return this.respond(await this.auth.login(body.email, body.password, String(request.id)), reply);
  }

  /** Exchanges the refresh cookie for a new access token and a new cookie (rotation). */
  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SignedInResponse })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedInResponse> {
    const token = request.cookies[REFRESH_COOKIE];
    if (!token)
      throw new DomainError('unauthenticated', 'session_ended', 'Your session has ended. Sign in again.');
    try {
      return await this.respond(await this.auth.refresh(token), reply);
    } catch (error) {
      this.clearCookie(reply);
      throw error;
    }
  }

  /** Ends the session of the refresh cookie: its access tokens stop working at once. */
  @Post('auth/logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = request.cookies[REFRESH_COOKIE];
    if (token) await this.auth.logout(token, String(request.id));
    this.clearCookie(reply);
  }

  @Post('auth/set-password')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @ApiNoContentResponse()
  async setPassword(@Body() body: SetPasswordRequest, @Req() request: FastifyRequest): Promise<void> {
    await this.auth.setPassword(body.token, body.password, String(request.id));
  }

  @Get('me')
  @SignedIn()
  @ApiOkResponse({ type: MeResponse })
  async getMe(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return toMeResponse(await this.users.me(actor), this.directory);
  }

  private async respond(signedIn: SignedInResult, reply: FastifyReply): Promise<SignedInResponse> {
    void reply.setCookie(REFRESH_COOKIE, signedIn.refreshToken, {
      httpOnly: true,
      secure: this.config.environment === 'production',
      sameSite: 'strict',
      path: REFRESH_COOKIE_PATH,
      expires: signedIn.refreshExpiresAt,
    });
    void reply.header('cache-control', 'no-store');
    return {
      accessToken: signedIn.accessToken,
      expiresIn: signedIn.expiresIn,
      user: await toMeResponse(signedIn.user, this.directory),
    };
  }

  private clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, { path: REFRESH_COOKIE_PATH });
  }
}

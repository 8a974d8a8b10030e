import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { WebhookSource } from '@app/contracts';
import { WebhookAccess, type WebhookRequest } from './webhook-access.js';
import { WEBHOOK_SOURCE } from './webhook-source.metadata.js';

/** Lets a webhook in with its shared secret or the API key (see WebhookAccess). */
@Injectable()
export class WebhookSecretGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: WebhookAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const source = this.reflector.get<WebhookSource>(WEBHOOK_SOURCE, context.getHandler());
    const decision = await this.access.decide(source, context.switchToHttp().getRequest<WebhookRequest>());
    if (decision === 'unauthorized')
      throw new UnauthorizedException(`The ${source} webhook needs its secret or the API key`);
    if (decision === 'disabled') throw new ForbiddenException(`The ${source} webhook is turned off`);
    return true;
  }
}

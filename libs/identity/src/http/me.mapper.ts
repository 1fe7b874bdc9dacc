import { permissionsOf } from '@dhr/platform-auth';
import { PartnershipDirectory } from '@dhr/partnerships';
import { User } from '../domain/user';
import { MeResponse } from './dto/auth.dto';
import { UserResponse } from './dto/user.dto';

export async function toMeResponse(user: User, directory: PartnershipDirectory): Promise<MeResponse> {
  const partnership = user.partnershipId ? await directory.partnership(user.partnershipId) : undefined;
  const agency =
    user.partnershipId && user.agencyId
      ? await directory.agency(user.partnershipId, user.agencyId)
      : undefined;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    jobTitle: user.jobTitle,
    roles: user.roles,
    permissions: [...permissionsOf(user.roles)].sort(),
    partnership: partnership ? { id: partnership.id, name: partnership.name } : null,
    agency: agency ? { id: agency.id, name: agency.name } : null,
  };
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    jobTitle: user.jobTitle,
    agencyId: user.agencyId,
    roles: user.roles,
    status: user.status,
    version: user.version,
  };
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Allow, CurrentActor, inPartnership } from '@dhr/platform-auth';
import { FamilyContactService } from '../application/family-contact.service';
import { CONTACT_CHANNEL_LABELS, CONTACT_OUTCOME_LABELS, FamilyContact } from '../domain/family';
import { ReviewId } from '../domain/review';
import { FamilyContactRequest } from './dto/family-contact.request';
import { FamilyContactList, FamilyContactResponse } from './dto/family-contact.response';

/** The log of contacts with the family and friends: read by anyone on the review, appended to, never edited. */
@ApiTags('reviews')
@Controller('api/v1/reviews/:reviewId/family-contacts')
export class FamilyContactsController {
  constructor(private readonly contacts: FamilyContactService) {}

  @Get()
  @Allow('reviews.read')
  @ApiOkResponse({ type: FamilyContactList })
  async listFamilyContacts(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
  ): Promise<FamilyContactList> {
    const contacts = await this.contacts.list(inPartnership(actor), reviewId as ReviewId);
    return { items: contacts.map(toFamilyContactResponse) };
  }

  @Post()
  @Allow('reviews.read')
  @ApiCreatedResponse({ type: FamilyContactResponse })
  async recordFamilyContact(
    @CurrentActor() actor: Actor,
    @Param('reviewId', ParseUUIDPipe) reviewId: string,
    @Body() body: FamilyContactRequest,
  ): Promise<FamilyContactResponse> {
    const contact = await this.contacts.record(inPartnership(actor), reviewId as ReviewId, body);
    return toFamilyContactResponse(contact);
  }
}

function toFamilyContactResponse(contact: FamilyContact): FamilyContactResponse {
  return {
    id: contact.id,
    person: contact.person,
    relationship: contact.relationship,
    channel: contact.channel,
    channelLabel: CONTACT_CHANNEL_LABELS[contact.channel],
    contactedOn: contact.contactedOn,
    outcome: contact.outcome,
    outcomeLabel: CONTACT_OUTCOME_LABELS[contact.outcome],
    notes: contact.notes,
    recordedBy: contact.recordedBy,
    recordedAt: contact.createdAt.toISOString(),
  };
}
